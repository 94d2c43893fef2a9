/** Demo data: the Central Asian charter negotiation, created by commands on first start. */
package org.accord.core.demo;
