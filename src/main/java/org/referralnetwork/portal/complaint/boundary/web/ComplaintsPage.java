package org.referralnetwork.portal.complaint.boundary.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.referralnetwork.portal.complaint.boundary.ComplaintDesk;
import org.referralnetwork.portal.complaint.boundary.ComplaintDetails;
import org.referralnetwork.portal.complaint.boundary.ComplaintRefusedException;
import org.referralnetwork.portal.complaint.boundary.ComplaintRow;
import org.referralnetwork.portal.complaint.entity.AnswerRequiredException;
import org.referralnetwork.portal.complaint.entity.ComplaintKind;
import org.referralnetwork.portal.complaint.entity.ComplaintMoveNotAllowedException;
import org.referralnetwork.portal.complaint.entity.ComplaintStatus;
import org.referralnetwork.portal.platform.web.Messages;

/**
 * The secretariat's complaints page: every complaint and feedback, newest first, filtered by kind
 * and state; one opened beside the list, to answer, note and move. What was typed stays when a
 * step is refused.
 */
@Named("complaintsDesk")
@ViewScoped
public class ComplaintsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ComplaintDesk desk;
  @Inject private Messages messages;

  private ComplaintKind kind;
  private ComplaintStatus status;
  private ComplaintDesk.Filter filter = new ComplaintDesk.Filter(null, null);
  private final LazyDataModel<ComplaintRow> rows = new Rows();

  private ComplaintDetails opened;
  private ComplaintStatus target;
  private String answer;
  private String note;

  public void find() {
    filter = new ComplaintDesk.Filter(kind, status);
  }

  public void open(long id) {
    try {
      show(desk.open(id));
    } catch (ComplaintRefusedException refused) {
      opened = null;
      refused.getKeys().forEach(messages::error);
    }
  }

  public void save() {
    if (opened == null) {
      return;
    }
    try {
      show(desk.handle(opened.getRow().getId(), opened.getVersion(), target, answer, note));
      messages.info("complaints.saved", opened.getRow().getReference());
    } catch (ComplaintRefusedException refused) {
      refused.getKeys().forEach(key -> messages.error(key, refused.getArguments()));
    } catch (AnswerRequiredException noAnswer) {
      messages.error("complaints.answer.required");
    } catch (ComplaintMoveNotAllowedException notAllowed) {
      messages.error("complaints.moveNotAllowed");
    } catch (EJBException failed) {
      if (!(failed.getCause() instanceof OptimisticLockException)) {
        throw failed;
      }
      messages.error("complaints.changedMeanwhile");
    }
  }

  private void show(ComplaintDetails details) {
    opened = details;
    target = details.getRow().getStatus();
    answer = details.getAnswer();
    note = details.getInternalNote();
  }

  private final class Rows extends LazyDataModel<ComplaintRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(Math.min(desk.count(filter), Integer.MAX_VALUE));
    }

    @Override
    public List<ComplaintRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return desk.list(filter, first, pageSize);
    }

    @Override
    public String getRowKey(ComplaintRow row) {
      return String.valueOf(row.getId());
    }
  }

  public LazyDataModel<ComplaintRow> getRows() { return rows; }
  public ComplaintKind[] getKinds() { return ComplaintKind.values(); }
  public ComplaintStatus[] getStatuses() { return ComplaintStatus.values(); }
  public ComplaintKind getKind() { return kind; }
  public void setKind(ComplaintKind kind) { this.kind = kind; }
  public ComplaintStatus getStatus() { return status; }
  public void setStatus(ComplaintStatus status) { this.status = status; }
  public ComplaintDetails getOpened() { return opened; }
  public ComplaintStatus getTarget() { return target; }
  public void setTarget(ComplaintStatus target) { this.target = target; }
  public String getAnswer() { return answer; }
  public void setAnswer(String answer) { this.answer = answer; }
  public String getNote() { return note; }
  public void setNote(String note) { this.note = note; }
}
