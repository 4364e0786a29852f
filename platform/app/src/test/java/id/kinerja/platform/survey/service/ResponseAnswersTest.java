package id.kinerja.platform.survey.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kinerja.platform.survey.domain.StoredAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The citizens' answers as stored: JSON text that gives back the same answers. */
class ResponseAnswersTest {

  @Test
  void storedAnswersSurviveTheirJsonText() {
    List<StoredAnswer> answers =
        List.of(
            new StoredAnswer("u1", 4, 4, null),
            new StoredAnswer("u2", 4, 1, null),
            new StoredAnswer("saran", 0, null, "Antrian perlu nomor"));
    assertEquals(answers, ResponseAnswers.fromJson(ResponseAnswers.toJson(answers)));
  }
}
