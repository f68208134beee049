/**
 * The benchmark command ({@code mvn -Pbenchmark}, see the README): a deterministic network of 50
 * organisations, 1,000 users and 100,000 referrals, then the portal's list pages, review queue,
 * submissions and slot holds under 1, 8 and 32 concurrent users, beside the plain-JDBC ceiling,
 * with cold start, memory and SQL statements per page. It writes {@code target/benchmarks/report.md}
 * and {@code results.csv}.
 */
package org.referralnetwork.portal.benchmark;
