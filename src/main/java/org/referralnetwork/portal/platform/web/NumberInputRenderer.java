package org.referralnetwork.portal.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import org.primefaces.component.inputnumber.InputNumberRenderer;

/**
 * PrimeFaces' number field, made safe for a post that did not come from its script: PrimeFaces
 * parses the submitted text while decoding and fails the whole request on something that is not a
 * number. Here such a field is marked invalid with a message, like any other wrong input.
 */
public class NumberInputRenderer extends InputNumberRenderer {

  @Override
  public void decode(FacesContext context, UIComponent component) {
    try {
      super.decode(context, component);
    } catch (FacesException invalid) {
      // PrimeFaces wraps the parse failure: "Invalid number"
      if (!(invalid.getCause() instanceof NumberFormatException)) {
        throw invalid;
      }
      UIInput input = (UIInput) component;
      input.setSubmittedValue(null);
      input.setValid(false);
      String text = ResourceBundle.getBundle(Messages.BUNDLE, context.getViewRoot().getLocale()).getString("field.notANumber");
      context.addMessage(input.getClientId(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      context.validationFailed();
      context.renderResponse();
    }
  }
}
