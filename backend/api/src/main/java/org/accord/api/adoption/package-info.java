/** Adoption and authentication: the frozen charter, signatures and the statements attached to it. */
package org.accord.api.adoption;
