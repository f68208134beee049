package org.referralnetwork.portal.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.referralnetwork.portal.audit.entity.AuditAction;
import org.referralnetwork.portal.audit.entity.AuditEvent;
import org.referralnetwork.portal.platform.DataSourceConfiguration;

/**
 * Appends to the audit log's hash chain, one line after the other, and checks the chain.
 *
 * <p>A line is kept with the transaction that records it and appended just before that
 * transaction commits, on its connection: both or neither. Appending locks the chain's head row,
 * so the lines of concurrent transactions never share a number or a predecessor; taken at the
 * end, the lock is held for the last milliseconds of a transaction, not from its first line to its
 * commit, and audited work of different people no longer waits in one queue.
 */
@ApplicationScoped
public class AuditChain {

  private static final int PAGE = 1000;
  private static final String PENDING_LINES = AuditChain.class.getName() + ".pendingLines";

  @PersistenceContext EntityManager em;
  @Resource TransactionSynchronizationRegistry transactions;
  @Resource(lookup = DataSourceConfiguration.JNDI_NAME) DataSource data;

  /** One line about to be written. */
  public record Entry(Instant at, String actor, String organisationId, AuditAction action, Long referralId,
      String subjectOrg, String detail, String source) {}

  /** Adds the line to the chain when the current transaction commits; if it rolls back, the line goes with it. */
  public void append(Entry entry) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("an audit line is written in the transaction of what it records");
    }
    PendingLines pending = (PendingLines) transactions.getResource(PENDING_LINES);
    if (pending == null) {
      pending = new PendingLines(connection());
      transactions.putResource(PENDING_LINES, pending);
      transactions.registerInterposedSynchronization(pending);
    }
    pending.lines.add(entry);
  }

  /**
   * The transaction's connection, taken while the caller's work runs: only then does the server
   * enlist it in the transaction (one taken while the transaction completes would commit on its own).
   */
  private Connection connection() {
    try {
      return data.getConnection();
    } catch (SQLException failure) {
      throw new IllegalStateException("no connection for the audit log", failure);
    }
  }

  /** A transaction's lines, written after the chain's head just before it commits. */
  private final class PendingLines implements Synchronization {
    private final Connection connection;
    private final List<Entry> lines = new ArrayList<>();

    PendingLines(Connection connection) {
      this.connection = connection;
    }

    @Override
    public void beforeCompletion() {
      if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
        write(connection, lines);
      }
    }

    @Override
    public void afterCompletion(int status) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the transaction is over; the pool checks the connection before its next use
      }
    }
  }

  /** The lines after the chain's head, with the head moved on; a failure rolls the transaction back. */
  private static void write(Connection connection, List<Entry> lines) {
    try {
      long seq;
      String prevHash;
      try (PreparedStatement lock = connection.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE");
          ResultSet head = lock.executeQuery()) {
        head.next();
        seq = head.getLong(1);
        prevHash = head.getString(2);
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor,"
          + " organisation_id, action, referral_id, subject_org, detail, source, prev_hash, hash)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Entry entry : lines) {
          AuditEvent event = new AuditEvent(++seq, prevHash, entry.at(), entry.actor() == null ? "anonymous" : entry.actor(),
              entry.organisationId(), entry.action(), entry.referralId(), entry.subjectOrg(), clip(entry.detail(), 500),
              clip(entry.source(), 64));
          bind(insert, event);
          insert.addBatch();
          prevHash = event.getHash();
        }
        insert.executeBatch();
      }
      try (PreparedStatement move = connection.prepareStatement("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1")) {
        move.setLong(1, seq);
        move.setString(2, prevHash);
        move.executeUpdate();
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("the audit log could not be written, so nothing of this transaction is kept", failure);
    }
  }

  private static void bind(PreparedStatement insert, AuditEvent event) throws SQLException {
    insert.setLong(1, event.getSeq());
    insert.setTimestamp(2, Timestamp.from(event.getOccurredAt()));
    insert.setString(3, event.getActor());
    insert.setString(4, event.getOrganisationId());
    insert.setString(5, event.getAction().name());
    if (event.getReferralId() == null) {
      insert.setNull(6, Types.BIGINT);
    } else {
      insert.setLong(6, event.getReferralId());
    }
    insert.setString(7, event.getSubjectOrg());
    insert.setString(8, event.getDetail());
    insert.setString(9, event.getSource());
    insert.setString(10, event.getPrevHash());
    insert.setString(11, event.getHash());
  }

  /**
   * What a check of the whole chain found: the first line that breaks it, if any, and the last
   * line's number and hash, to be noted outside the database (a rewrite of the whole chain would
   * change them).
   */
  public record Check(long linesChecked, Long firstBrokenSeq, String problem, long lastSeq, String lastHash) {
    public boolean isIntact() {
      return firstBrokenSeq == null;
    }
  }

  /** Walks the chain from its first line to its head and reports the first broken link. */
  public Check verify() {
    String expectedPrev = AuditEvent.GENESIS;
    long expectedSeq = 1;
    long checked = 0;
    while (true) {
      List<AuditEvent> page = em.createQuery("SELECT e FROM AuditEvent e WHERE e.seq >= :from ORDER BY e.seq",
              AuditEvent.class)
          .setParameter("from", expectedSeq)
          .setMaxResults(PAGE)
          .getResultList();
      for (AuditEvent event : page) {
        if (event.getSeq() != expectedSeq) {
          return broken(checked, event.getSeq(), "line " + expectedSeq + " is missing before line " + event.getSeq());
        }
        if (!event.getPrevHash().equals(expectedPrev)) {
          return broken(checked, event.getSeq(), "line " + event.getSeq() + " does not follow the line before it");
        }
        if (!event.isIntact()) {
          return broken(checked, event.getSeq(), "line " + event.getSeq() + " was changed after it was written");
        }
        expectedPrev = event.getHash();
        expectedSeq++;
        checked++;
      }
      em.clear();
      if (page.size() < PAGE) {
        break;
      }
    }
    Object[] head = (Object[]) em.createNativeQuery("SELECT seq, hash FROM audit_head WHERE id = 1").getSingleResult();
    if (((Number) head[0]).longValue() != expectedSeq - 1 || !expectedPrev.equals(head[1])) {
      return broken(checked, expectedSeq, "lines after line " + (expectedSeq - 1) + " are missing");
    }
    return new Check(checked, null, null, expectedSeq - 1, expectedPrev);
  }

  private static Check broken(long checked, long seq, String problem) {
    return new Check(checked, seq, problem, 0, null);
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
