/**
 * Hosting: the host organisations' profiles and places, the secretariat's relocation offers to
 * them, and the relocations they run (DOMAIN.md, Temporary Relocation Programme).
 */
package org.referralnetwork.portal.hosting;
