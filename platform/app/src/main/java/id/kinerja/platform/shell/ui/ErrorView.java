package id.kinerja.platform.shell.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a user sees when a view fails unexpectedly: an apology in their language, never a stack
 * trace. The failure itself goes to the server log.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
    LOG.log(
        Level.SEVERE,
        "View failed: " + event.getLocation().getPath(),
        parameter.getCaughtException());
    H2 title = new H2(getTranslation("error.title"));
    Paragraph text = new Paragraph(getTranslation("error.text"));
    text.setId("error-text");
    removeAll();
    add(title, text);
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }
}
