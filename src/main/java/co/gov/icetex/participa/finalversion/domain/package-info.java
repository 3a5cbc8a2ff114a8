/**
 * The final version's entities: {@code FinalVersion} (the aggregate: started from the draft of a
 * closed consultation, editable until published, never after) and its {@code FinalVersionPart}s (a
 * copy of each draft part with its change, or a part added), {@code ChangeType}, and {@code
 * LinkableObservation} (what a link needs to know of an observation: only an accepted one can have
 * led to a change). Published to no other feature. May use {@code consultation.domain}'s published
 * types and {@code shared}.
 */
package co.gov.icetex.participa.finalversion.domain;
