/**
 * Notifications: when something needs a person (a referral submitted, information requested, a
 * decision, an offer to a host and its answer, slots nearly used up), the people concerned see it
 * in the portal and, if they chose so, get an e-mail that names only a reference and a link.
 *
 * <p>The change and its event commit together (an outbox table); a job turns events into
 * notifications and sends the e-mails after the commit, retried on failure, claimed row by row
 * so that two instances never send the same one.
 */
package org.referralnetwork.portal.notification;
