package org.referralnetwork.portal.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.referralnetwork.portal.testing.Deployments;

/**
 * The audit chain against the real database: appends from many threads at once form one unbroken
 * chain, and the verifier finds the first line edited, deleted or cut off the end. Each tampering
 * is undone afterwards, so the chain the other tests write to stays whole.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.portalWithTestRunner().addClass(AuditProbe.class);
  }

  @Inject AuditProbe probe;
  @Resource ManagedThreadFactory threads;

  @Test
  void appendsAtTheSameMomentFormOneUnbrokenChain() throws Exception {
    int writers = 20;
    ExecutorService pool = Executors.newFixedThreadPool(writers, threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Long>> appended = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String actor = "writer" + i;
      appended.add(pool.submit(() -> {
        start.await();
        return probe.append(actor, "concurrent");
      }));
    }
    start.countDown();
    Set<Long> seqs = new TreeSet<>();
    for (Future<Long> each : appended) {
      seqs.add(each.get(1, TimeUnit.MINUTES));
    }
    pool.shutdown();
    assertEquals(writers, seqs.size(), "no two lines share a number");
    AuditChain.Check check = probe.verify();
    assertTrue(check.isIntact(), "the chain is whole: " + check.problem());
    assertTrue(check.linesChecked() >= writers);
    assertEquals(probe.text("SELECT hash FROM audit_head WHERE id = ?1", 1), check.lastHash(), "the hash to note outside");
    assertEquals(check.linesChecked(), check.lastSeq());
  }

  @Test
  void aRolledBackTransactionLeavesNoLineAndTheChainWhole() {
    probe.append("tess", "before the rollback");
    probe.recordAndRollBack("tess", "rolled back");
    long after = probe.append("tess", "after the rollback");
    assertEquals(0, probe.lastSeqOf("tess", "rolled back"), "the line went with its transaction");
    AuditChain.Check check = probe.verify();
    assertTrue(check.isIntact(), "no gap where the line would have been: " + check.problem());
    assertTrue(check.lastSeq() >= after);
  }

  @Test
  void aTransactionThatFailsAtCommitTakesItsLinesWithIt() {
    probe.append("uma", "an existing line");
    assertThrows(EJBException.class, () -> probe.recordThenFailAtCommit("uma", "written just before the commit"));
    assertEquals(0, probe.lastSeqOf("uma", "written just before the commit"), "both or neither");
    AuditChain.Check check = probe.verify();
    assertTrue(check.isIntact(), check.problem());
  }

  @Test
  void anEditedLineIsFound() {
    long seq = probe.append("rita", "opened");
    probe.append("rita", "after");
    AuditChain.Check check = probe.verifyAfter("UPDATE audit_event SET actor = 'someone-else' WHERE seq = ?1", seq);
    assertEquals(seq, check.firstBrokenSeq(), check.problem());
    assertTrue(check.problem().contains("changed"), check.problem());
    assertTrue(probe.verify().isIntact(), "rolled back, the chain is whole again");
  }

  @Test
  void aDeletedLineIsFound() {
    long seq = probe.append("sam", "to be deleted");
    probe.append("sam", "after the deleted one");
    AuditChain.Check check = probe.verifyAfter("DELETE FROM audit_event WHERE seq = ?1", seq);
    assertEquals(seq + 1, check.firstBrokenSeq(), check.problem());
    assertTrue(check.problem().contains("missing"), check.problem());
  }

  @Test
  void aLineInsertedWithAForgedHashIsFound() {
    long seq = probe.append("sam", "genuine");
    AuditChain.Check check = probe.verifyAfter("UPDATE audit_event SET detail = 'forged', hash = REPEAT('a', 64) WHERE seq = ?1", seq);
    assertEquals(seq, check.firstBrokenSeq(), check.problem());
  }

  @Test
  void linesCutOffTheEndAreFound() {
    long seq = probe.append("sam", "the last line");
    AuditChain.Check check = probe.verifyAfter("DELETE FROM audit_event WHERE seq >= ?1", seq);
    assertEquals(seq, check.firstBrokenSeq(), check.problem());
    assertTrue(check.problem().contains("missing"), check.problem());
  }
}
