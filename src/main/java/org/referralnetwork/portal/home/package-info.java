/**
 * The home page: what needs the caller's attention now, per role, each block counted and listed by
 * the feature that owns the data, with the caller's organisation in every query.
 */
package org.referralnetwork.portal.home;
