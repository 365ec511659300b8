// Package ingest turns a news article into a draft briefing in the curated
// format: title, date, topics, an extractive summary, the reported
// statements as key points, and every direct quote with its speaker.
//
// The extraction is rule-based and explainable, so an editor can see why a
// quote was given to someone:
//
//   - quotes are found from their quotation marks (straight or curly,
//     spanning paragraphs, split around an attribution), keeping exactly the
//     characters between the marks except a trailing comma;
//   - a quote's speaker comes from a speech verb next to it ("…," Putin
//     said; Lavrov told reporters: "…"; accused the US of trying to "…"),
//     from the attribution of the quote it continues, or from the speaker of
//     the paragraph before; names with titles are split into name and role,
//     surnames resolve to the full name seen earlier or in the registry,
//     pronouns to the most recent compatible person, and "the ministry" to
//     the organisation last named so;
//   - a quote whose speaker cannot be found is kept with speaker "unknown".
//
// Nothing here does I/O except Fetch, which takes its *http.Client.
package ingest
