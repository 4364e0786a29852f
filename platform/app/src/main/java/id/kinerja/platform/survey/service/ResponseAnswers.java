package id.kinerja.platform.survey.service;

import id.kinerja.platform.survey.domain.StoredAnswer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/** The answers of a response as the JSON text stored in {@code citizen_response.answers}. */
final class ResponseAnswers {

  private ResponseAnswers() {}

  /** The answers as a JSON array of {@code {q, max, score?, text?}}. */
  public static String toJson(List<StoredAnswer> answers) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (StoredAnswer answer : answers) {
      JsonObjectBuilder object =
          Json.createObjectBuilder().add("q", answer.questionId()).add("max", answer.scaleMax());
      if (answer.score() != null) {
        object.add("score", answer.score());
      }
      if (answer.text() != null) {
        object.add("text", answer.text());
      }
      array.add(object);
    }
    return array.build().toString();
  }

  /** The answers read back from {@link #toJson}. */
  public static List<StoredAnswer> fromJson(String json) {
    return Json.createReader(new StringReader(json)).readArray().stream()
        .map(JsonValue::asJsonObject)
        .map(ResponseAnswers::answer)
        .toList();
  }

  private static StoredAnswer answer(JsonObject object) {
    JsonValue score = object.get("score");
    return new StoredAnswer(
        object.getString("q"),
        object.getInt("max"),
        score instanceof JsonNumber n ? n.intValue() : null,
        object.containsKey("text") ? object.getString("text") : null);
  }
}
