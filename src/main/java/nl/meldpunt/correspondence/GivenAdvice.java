package nl.meldpunt.correspondence;

import java.time.Instant;
import java.util.List;

/** Advice given on a case: standard snippets and/or free text. */
public record GivenAdvice(long id, List<String> snippets, String text, String givenBy, Instant givenAt) {}
