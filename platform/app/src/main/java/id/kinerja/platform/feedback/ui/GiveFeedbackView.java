package id.kinerja.platform.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.kinerja.platform.feedback.service.AnswerInput;
import id.kinerja.platform.feedback.service.FeedbackService;
import id.kinerja.platform.feedback.service.FeedbackSubject;
import id.kinerja.platform.feedback.service.SourceQuestions;
import id.kinerja.platform.period.service.PeriodService;
import id.kinerja.platform.period.ui.PeriodPicker;
import id.kinerja.platform.shared.domain.RuleViolation;
import id.kinerja.platform.shell.ui.Refusals;
import id.kinerja.plugin.api.FeedbackQuestion;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Umpan balik 360 for the respondent: the colleagues the caller may answer about in the chosen
 * period with the caller's group, a form per colleague and source, and which are done.
 */
@Route("umpan-balik")
@PermitAll
public class GiveFeedbackView extends VerticalLayout implements HasDynamicTitle {

  private static final long serialVersionUID = 1L;

  private final transient FeedbackService feedback;

  final PeriodPicker picker;
  final Grid<FeedbackSubject> subjects = new Grid<>();
  final Div form = new Div();

  /** Builds the view for the caller. */
  @Inject
  public GiveFeedbackView(FeedbackService feedback, PeriodService periods) {
    this.feedback = feedback;
    picker = new PeriodPicker(periods, "feedback", p -> refresh());
    subjects.setId("feedback-subjects");
    subjects.addColumn(FeedbackSubject::name).setHeader(getTranslation("feedback.colleague"));
    subjects.addColumn(FeedbackSubject::position).setHeader(getTranslation("feedback.position"));
    subjects
        .addColumn(s -> FeedbackParts.group(this, s.group()))
        .setHeader(getTranslation("feedback.yourRole"));
    subjects
        .addComponentColumn(
            s -> {
              if (s.done()) {
                Span done = new Span(getTranslation("feedback.done"));
                done.setId("done-" + s.nip());
                done.getElement().getThemeList().add("badge success");
                return done;
              }
              Button give = new Button(getTranslation("feedback.give"), e -> open(s));
              give.setId("give-" + s.nip());
              return give;
            })
        .setKey("actions");
    subjects.setAllRowsVisible(true);
    form.setId("feedback-form");
    add(new H2(getTranslation("feedback.title")), picker, subjects, form);
    picker.load();
  }

  private void refresh() {
    form.removeAll();
    try {
      subjects.setItems(
          picker.value() == null ? List.of() : feedback.subjects(picker.value().id()));
    } catch (RuleViolation e) {
      subjects.setItems(List.of());
      Refusals.show(e);
    }
  }

  private void open(FeedbackSubject subject) {
    form.removeAll();
    form.add(new H3(subject.name()));
    List<SourceQuestions> sources;
    try {
      sources = feedback.questions(picker.value().id(), subject.employeeId());
    } catch (RuleViolation e) {
      Refusals.show(e);
      return;
    }
    for (SourceQuestions source : sources) {
      if (source.answered()) {
        continue;
      }
      form.add(sourceForm(subject, source));
    }
  }

  private Div sourceForm(FeedbackSubject subject, SourceQuestions source) {
    boolean english = FeedbackParts.english(this);
    Div box = new Div();
    box.add(new H4(english ? source.nameEn() : source.nameId()));
    List<Select<Integer>> scores = new ArrayList<>();
    List<TextArea> texts = new ArrayList<>();
    for (FeedbackQuestion q : source.questions()) {
      String label = english ? q.textEn() : q.textId();
      if (q.freeText()) {
        TextArea text = new TextArea(label);
        text.setId("text-" + source.sourceId() + "-" + q.id());
        text.setWidthFull();
        text.setMaxLength(2000);
        texts.add(text);
        box.add(text);
      } else {
        Select<Integer> score = new Select<>();
        score.setLabel(label);
        score.setId("score-" + source.sourceId() + "-" + q.id());
        score.setItems(IntStream.rangeClosed(1, q.scaleMax()).boxed().toList());
        score.setWidthFull();
        scores.add(score);
        box.add(score);
      }
    }
    Button submit = new Button(getTranslation("feedback.submit"));
    submit.setId("submit-" + source.sourceId());
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(
        e -> {
          List<AnswerInput> answers = new ArrayList<>();
          int s = 0;
          int t = 0;
          for (FeedbackQuestion q : source.questions()) {
            answers.add(
                q.freeText()
                    ? new AnswerInput(q.id(), null, texts.get(t++).getValue())
                    : new AnswerInput(q.id(), scores.get(s++).getValue(), null));
          }
          try {
            feedback.submit(picker.value().id(), subject.employeeId(), source.sourceId(), answers);
            Notification.show(getTranslation("feedback.thanks"))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
          } catch (RuleViolation ex) {
            Refusals.show(ex);
          }
        });
    box.add(submit);
    return box;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("feedback.title") + " · Kinerja";
  }
}
