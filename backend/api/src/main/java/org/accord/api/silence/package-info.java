/**
 * The silence procedure: a text is adopted at an exact expiry unless a member breaks silence
 * before it; a late objection is recorded but does not break silence.
 */
package org.accord.api.silence;
