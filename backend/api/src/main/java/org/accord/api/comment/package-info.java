/** Comments: threaded discussion on a clause by the delegations and the chair. */
package org.accord.api.comment;
