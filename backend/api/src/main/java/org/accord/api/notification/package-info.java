/**
 * Notifications: a delegation is told in the app, live, when something concerns it — an amendment
 * tabled on a clause it endorses, a change of wording of a clause it endorsed, a broken silence,
 * an issued text. Derived from the negotiation events (not events themselves); each person keeps
 * their own reading mark (docs/adr/0019-notifications.md).
 */
package org.accord.api.notification;
