/**
 * Complaints and feedback: anyone affected files a complaint and follows it with a reference and a
 * secret code; partners send feedback; the secretariat answers and closes each one (DOMAIN.md).
 */
package org.referralnetwork.portal.complaint;
