/**
 * Technical ground shared by all features: Axon storage on PostgreSQL and the security
 * envelope of every command.
 */
package org.accord.core.infrastructure;
