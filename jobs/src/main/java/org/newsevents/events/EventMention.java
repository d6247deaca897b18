package org.newsevents.events;

import java.io.Serializable;

/**
 * One coded event in one sentence: who did what to whom, with the evidence, what the text says of
 * it (the status) and how likely the whole coding is right (the confidence). Actors are actor keys
 * of the actors stage; ids come later, in the job.
 *
 * @param actionToken the token (0-based, in the sentence) of the verb that carries the action
 * @param verb the lemma of that verb
 * @param actor2Key the target, or null for an action without one ("Russia mobilised reservists")
 * @param attributedToKey who reported it, for reported speech ("Lavrov said that NATO threatens
 *     Russia" is NATO -> Russia, attributed to Lavrov); null when the article itself says it
 * @param actor1Code the source's CAMEO actor code when the event happened ("RUSGOV"; a person's
 *     role at the event's date, see {@link EventTimeRoles}), or null
 * @param actor2Code the target's CAMEO actor code, or null
 * @param pattern the dictionary pattern that chose the code (empty for the bare verb)
 * @param confidence how likely the whole coding (actors, code and status) is right, in (0, 1), from
 *     {@link org.newsevents.events.coding.CodingConfidence}
 * @param confidenceEvidence the evidence that confidence was read from ("pattern:curated
 *     actor1:name actor2:none clause:plain sentence:short")
 * @param pastTense the action is told in a past tense (simple past or perfect), which dates the
 *     article on or after the event
 * @param quantity troops or equipment tied to the action, or null
 * @param location where it took place, or null
 */
public record EventMention(
    String articleId,
    int sentenceNo,
    int actionToken,
    String verb,
    String actor1Key,
    String actor2Key,
    String attributedToKey,
    String actor1Code,
    String actor2Code,
    String eventCode,
    String pattern,
    MentionStatus status,
    String statusCue,
    double confidence,
    String confidenceEvidence,
    EventDate date,
    Gazetteer.Place location,
    Quantity quantity,
    boolean pastTense,
    String sentence)
    implements Serializable {}
