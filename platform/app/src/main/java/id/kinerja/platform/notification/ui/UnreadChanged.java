package id.kinerja.platform.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the caller has read notices, so that the bell counts again. */
public class UnreadChanged extends ComponentEvent<UI> {

  private static final long serialVersionUID = 1L;

  public UnreadChanged(UI ui) {
    super(ui, false);
  }
}
