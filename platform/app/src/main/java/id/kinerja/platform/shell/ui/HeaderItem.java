package id.kinerja.platform.shell.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something a feature shows in the portal header, beside the region's name (such as the
 * notification bell): a CDI bean, so that the shell needs to know no feature.
 */
public interface HeaderItem {

  /** The component for the current caller, or none (for example without a signed-in caller). */
  Optional<Component> create();
}
