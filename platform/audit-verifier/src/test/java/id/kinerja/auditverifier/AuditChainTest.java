package id.kinerja.auditverifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditChainTest {

  private static final String REGION = "kupang";
  private static final Instant T0 = Instant.parse("2026-11-23T08:00:00.123456789Z");

  /** A valid chain of {@code n} events. */
  private static List<AuditEvent> chain(int n) {
    List<AuditEvent> events = new ArrayList<>();
    String prev = AuditChain.GENESIS_HASH;
    for (int i = 1; i <= n; i++) {
      AuditEvent e =
          AuditEvent.link(
              REGION,
              i,
              T0.plusSeconds(i),
              i % 2 == 0 ? "199001012015011001" : "system",
              "evaluation_period",
              String.valueOf(100 + i),
              i % 2 == 0 ? "lock" : "unlock",
              i == 1 ? null : "{\"state\":\"OPEN\"}",
              "{\"state\":\"LOCKED\",\"n\":" + i + "}",
              prev);
      events.add(e);
      prev = e.hash();
    }
    return events;
  }

  private static AuditEvent with(AuditEvent e, String field, UnaryOperator<String> change) {
    return new AuditEvent(
        field.equals("tenantId") ? change.apply(e.tenantId()) : e.tenantId(),
        field.equals("seq") ? Long.parseLong(change.apply(Long.toString(e.seq()))) : e.seq(),
        field.equals("occurredAt")
            ? Instant.parse(change.apply(e.occurredAt().toString()))
            : e.occurredAt(),
        field.equals("actor") ? change.apply(e.actor()) : e.actor(),
        field.equals("entityType") ? change.apply(e.entityType()) : e.entityType(),
        field.equals("entityId") ? change.apply(e.entityId()) : e.entityId(),
        field.equals("action") ? change.apply(e.action()) : e.action(),
        field.equals("before") ? change.apply(e.before()) : e.before(),
        field.equals("after") ? change.apply(e.after()) : e.after(),
        field.equals("prevHash") ? change.apply(e.prevHash()) : e.prevHash(),
        field.equals("hash") ? change.apply(e.hash()) : e.hash());
  }

  @Test
  void anIntactChainVerifiesWithItsCountAndHeadHash() {
    List<AuditEvent> events = chain(5);
    ChainVerdict verdict = AuditChain.verify(REGION, events);
    assertTrue(verdict.valid(), verdict::reason);
    assertEquals(5, verdict.events());
    assertNull(verdict.firstBrokenSeq());
    assertEquals(events.get(4).hash(), verdict.headHash());
  }

  @Test
  void anEmptyChainIsValidWithTheGenesisHashAsHead() {
    ChainVerdict verdict = AuditChain.verify(REGION, List.of());
    assertTrue(verdict.valid());
    assertEquals(0, verdict.events());
    assertEquals(AuditChain.GENESIS_HASH, verdict.headHash());
  }

  @Test
  void theFirstEventsPrevHashMustBeSixtyFourZeros() {
    assertEquals("0".repeat(64), AuditChain.GENESIS_HASH);
    AuditEvent first = chain(1).get(0);
    assertEquals(AuditChain.GENESIS_HASH, first.prevHash());
    AuditEvent notGenesis =
        AuditEvent.link(
            REGION,
            1,
            T0,
            "system",
            "evaluation_period",
            "1",
            "open_year",
            null,
            "{}",
            "1".repeat(64));
    ChainVerdict verdict = AuditChain.verify(REGION, List.of(notGenesis));
    assertFalse(verdict.valid());
    assertEquals(1L, verdict.firstBrokenSeq());
    assertTrue(verdict.reason().contains("prev_hash"), verdict.reason());
  }

  @Test
  void theChainMustStartAtSeqOne() {
    List<AuditEvent> events = chain(3);
    ChainVerdict verdict = AuditChain.verify(REGION, events.subList(1, 3));
    assertFalse(verdict.valid());
    assertEquals(1L, verdict.firstBrokenSeq());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seq",
        "occurredAt",
        "actor",
        "entityType",
        "entityId",
        "action",
        "before",
        "after",
        "hash"
      })
  void changingAnyFieldOfOneEventIsDetectedAtThatSeq(String field) {
    List<AuditEvent> events = new ArrayList<>(chain(6));
    UnaryOperator<String> change =
        switch (field) {
          case "seq" -> s -> s; // the stored seq stays; see the swap test for moved events
          case "occurredAt" -> s -> Instant.parse(s).plusNanos(1000).toString();
          case "hash" -> s -> (s.charAt(0) == 'a' ? "b" : "a") + s.substring(1);
          case "before" -> s -> s == null ? "{}" : s.replace("OPEN", "LOCKED");
          default -> s -> s + "x";
        };
    events.set(3, with(events.get(3), field, change));
    ChainVerdict verdict = AuditChain.verify(REGION, events);
    if (field.equals("seq")) {
      assertTrue(verdict.valid()); // unchanged control
      return;
    }
    assertFalse(verdict.valid(), field);
    assertEquals(4L, verdict.firstBrokenSeq(), field);
    assertEquals(3, verdict.events());
    assertEquals(events.get(2).hash(), verdict.headHash());
  }

  @Test
  void changingTheRegionOfAnEventIsDetectedAtThatSeq() {
    List<AuditEvent> events = new ArrayList<>(chain(4));
    events.set(2, with(events.get(2), "tenantId", s -> "tanjungbalai"));
    ChainVerdict verdict = AuditChain.verify(REGION, events);
    assertFalse(verdict.valid());
    assertEquals(3L, verdict.firstBrokenSeq());
  }

  @Test
  void aChangedEventWithARecomputedHashIsDetectedAtTheNextSeq() {
    List<AuditEvent> events = new ArrayList<>(chain(5));
    AuditEvent e = events.get(1);
    events.set(
        1,
        AuditEvent.link(
            e.tenantId(),
            e.seq(),
            e.occurredAt(),
            "forger",
            e.entityType(),
            e.entityId(),
            e.action(),
            e.before(),
            e.after(),
            e.prevHash()));
    ChainVerdict verdict = AuditChain.verify(REGION, events);
    assertFalse(verdict.valid());
    assertEquals(3L, verdict.firstBrokenSeq());
    assertTrue(verdict.reason().contains("prev_hash"), verdict.reason());
  }

  @Test
  void deletingAnEventIsDetectedAtItsSeq() {
    List<AuditEvent> events = new ArrayList<>(chain(6));
    events.remove(2); // seq 3
    ChainVerdict verdict = AuditChain.verify(REGION, events);
    assertFalse(verdict.valid());
    assertEquals(3L, verdict.firstBrokenSeq());
    assertTrue(verdict.reason().contains("missing"), verdict.reason());
  }

  @Test
  void deletingAnEventAndRenumberingTheRestIsDetectedAtItsSeq() {
    List<AuditEvent> events = new ArrayList<>(chain(6));
    events.remove(2);
    for (int i = 2; i < events.size(); i++) {
      long seq = i + 1;
      events.set(i, with(events.get(i), "seq", s -> Long.toString(seq)));
    }
    ChainVerdict verdict = AuditChain.verify(REGION, events);
    assertFalse(verdict.valid());
    assertEquals(3L, verdict.firstBrokenSeq());
  }

  @Test
  void swappingTheSeqOfTwoEventsIsDetectedAtTheFirstOfThem() {
    List<AuditEvent> events = new ArrayList<>(chain(6));
    AuditEvent third = events.get(2);
    AuditEvent fourth = events.get(3);
    // Stored order is by seq: the swapped rows come back in swapped positions.
    events.set(2, with(fourth, "seq", s -> "3"));
    events.set(3, with(third, "seq", s -> "4"));
    ChainVerdict verdict = AuditChain.verify(REGION, events);
    assertFalse(verdict.valid());
    assertEquals(3L, verdict.firstBrokenSeq());
  }

  @Test
  void eventsOutOfSeqOrderAreDetected() {
    List<AuditEvent> events = new ArrayList<>(chain(4));
    events.add(1, events.remove(2));
    ChainVerdict verdict = AuditChain.verify(REGION, events);
    assertFalse(verdict.valid());
    assertEquals(2L, verdict.firstBrokenSeq());
  }

  @Test
  void theCanonicalSerialisationIsLengthPrefixedUtcMicrosecondsAndMarksNulls() {
    String text =
        AuditChain.canonical(
            new AuditEvent(
                "kupang",
                7,
                Instant.parse("2026-01-02T03:04:05Z"),
                "Ñ",
                "t",
                "1",
                "a",
                null,
                "",
                AuditChain.GENESIS_HASH,
                "ignored: the stored hash is not serialised"));
    assertEquals(
        "kinerja-audit-v1\n6:kupang\n1:7\n27:2026-01-02T03:04:05.000000Z\n2:Ñ\n1:t\n1:1\n1:a\n-\n0:\n64:"
            + AuditChain.GENESIS_HASH
            + "\n",
        text);
  }

  @Test
  void aNullAndAnEmptyBeforeHashDifferently() {
    String withNull =
        AuditEvent.link("kupang", 1, T0, "system", "t", "1", "a", null, "{}", "0".repeat(64))
            .hash();
    String withEmpty =
        AuditEvent.link("kupang", 1, T0, "system", "t", "1", "a", "", "{}", "0".repeat(64)).hash();
    assertNotEquals(withNull, withEmpty);
    assertTrue(withNull.matches("[0-9a-f]{64}"));
  }

  @Test
  void aLinkIsCutToMicrosecondsAndItsTimestampRoundTripsThroughTheDatabaseForm() {
    AuditEvent e = chain(1).get(0);
    assertEquals(0, e.occurredAt().getNano() % 1000);
    String stored = AuditChain.TIMESTAMP.format(e.occurredAt());
    assertEquals(e.occurredAt(), AuditChain.parseTimestamp(stored));
    assertEquals(e.hash(), e.computedHash());
  }
}
