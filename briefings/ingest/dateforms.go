package ingest

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file reads four forms a release or a court's summary gives its
// date in that the date line rules of dates.go do not: a dateline whose
// place and date are set off by full stops, a release's number dated by
// "of <date>", a date given first in another calendar and then in the
// Gregorian one, and a decision's delivery label run into the header
// lines above it.

// placeParts reports whether s, the words before a dateline's date, is a
// place set off by commas ("<City>, <Country>"): one to three parts of
// one to four words each, every word capitalised or a particle between
// two capitalised words ("Port of Spain"), "and" among them as countries'
// names hold it ("<Island> and <Island>"). An abbreviation's full stop
// ("St.") may close a short word; no other mark may stand in it, so no
// clause of a sentence passes. Nothing at all passes too when empty is
// set.
func placeParts(s string, empty bool) bool {
	if strings.TrimSpace(s) == "" {
		return empty
	}
	parts := strings.Split(s, ",")
	if len(parts) > 3 {
		return false
	}
	for _, part := range parts {
		words := strings.Fields(part)
		if len(words) == 0 || len(words) > 4 {
			return false
		}
		for k, w := range words {
			if strings.ContainsAny(w, ":;?!\"“”()") || strings.HasSuffix(w, ".") && len(w) > 4 {
				return false
			}
			if unicode.IsUpper(firstRune(w)) {
				continue
			}
			if (w == "and" || placeParticles[w]) && k > 0 && k+1 < len(words) &&
				unicode.IsUpper(firstRune(words[k-1])) && unicode.IsUpper(firstRune(words[k+1])) {
				continue
			}
			return false
		}
	}
	return true
}

// stopDateline reads the dateline some regional bodies open a release's
// first sentence with, its place and its date each closed by a full stop
// rather than set off by a comma and a dash ("<City>, <Country>. <date>.
// The Agency …"), perhaps with the weekday before the date. The place must
// read as one (placeParts) and the story's sentence must start in a
// capital after the date's stop, so a sentence's "… in <Place>. On
// <date>, …" or a clause ending in a date is passed over.
func stopDateline(p string) (time.Time, bool) {
	// The dateline is the paragraph's first hundred-odd bytes: only they
	// are searched for the date, and only when a full stop and a year
	// stand in them (firstDate over a whole paragraph with no date was
	// some 0.46 M instructions of a 5 KB article's 2.6 M).
	head := p[:min(len(p), 120)]
	if i := strings.Index(head, ". "); i < 0 || i > 80 || !hasYear(head) {
		return time.Time{}, false
	}
	t, at, end, ok := firstDate(head)
	if !ok || at < 4 || at > 80 {
		return time.Time{}, false
	}
	rest, ok := strings.CutPrefix(p[end:], ". ")
	if !ok || !unicode.IsUpper(firstRune(rest)) {
		return time.Time{}, false
	}
	head = strings.TrimRight(p[:at], " ,")
	if i := strings.LastIndexByte(head, ' '); i >= 0 && isWeekday(strings.ToLower(head[i+1:])) {
		head = strings.TrimRight(head[:i], " ")
	}
	head, ok = strings.CutSuffix(head, ".")
	if !ok || strings.HasSuffix(head, ".") {
		return time.Time{}, false
	}
	if w := head[strings.LastIndexByte(head, ' ')+1:]; len(w) <= 3 && unicode.IsUpper(firstRune(w)) && !strings.Contains(head, ",") {
		return time.Time{}, false // "Mr. <date>", "St. <date>": an abbreviation's stop, not the place's
	}
	if !placeParts(head, false) {
		return time.Time{}, false
	}
	return t, true
}

// numberedRelease is the words before the date of a release's heading
// line that dates its number ("Press Release No. <n>/<yyyy> of <date>"),
// as courts and ministries number their releases: the kind of release, its
// number, and "of" (or a dash, as EU bodies set it: "Press release no.
// <n>/<yyyy> - <date>").
var numberedRelease = regexp.MustCompile(`(?i)(?:^|\s)(?:(?:press|news|media) (?:release|statement|communiqu[eé])|communiqu[eé]) *(?:no\.?|nr\.?|number|#) *\d[\d/.-]*,? +(?:of|dated|[-–—]) *$`)

// numberedReleaseDate reads a heading line that dates a release by its
// number ("<Issuer> Press Release No. <n>/<yyyy> of|- <date>", the issuer's
// line and the release's joined): the date closes the line, only a
// capitalised issuer's name may stand before the kind of release, and the
// number is a release's, so "Decree No. 12 of <date>" (a law's date) or a
// sentence's "the release of <date>" is passed over.
func numberedReleaseDate(l string) (time.Time, bool) {
	if len(l) > 160 || !strings.Contains(l, " of ") && !strings.Contains(l, " dated ") && !strings.Contains(l, " - ") && !strings.Contains(l, " – ") && !strings.Contains(l, " — ") {
		return time.Time{}, false
	}
	t, at, end, ok := firstDate(l)
	if !ok || !stampTail(l[end:]) {
		return time.Time{}, false
	}
	m := numberedRelease.FindStringIndex(l[:at])
	if m == nil {
		return time.Time{}, false
	}
	words := strings.Fields(l[:m[0]])
	if len(words) > 8 {
		return time.Time{}, false
	}
	for _, w := range words {
		if bare := strings.Trim(w, ",()"); !unicode.IsUpper(firstRune(bare)) && !signOffWords[bare] {
			return time.Time{}, false
		}
	}
	return t, true
}

// calendarJoiners join a date in another calendar to the Gregorian date
// given after it ("<d> <Month> <yyyy>H corresponding to <date>").
var calendarJoiners = [...]string{"corresponding to", "corresponding with", "coinciding with", "equivalent to",
	"which corresponds to"}

// eraMarks are the letters a date in another calendar may carry after
// its year: the Hijri year's, the solar Hijri's, the Bikram Sambat's, the
// Buddhist era's, the Hebrew calendar's.
var eraMarks = set(`H AH A.H. SH S.H. HS BS B.S. VS V.S. BE B.E. AM A.M.`)

// dualCalendar reports whether the date at p[at:end] is the Gregorian
// date of a line that gives the day first in another calendar — the Hijri,
// the Bikram Sambat, the Persian or the Hebrew one, as Gulf, Nepali,
// Iranian and Israeli bodies date their releases — and the Gregorian date
// after it in brackets or after "corresponding to" ("<d> <Month> <yyyy>H
// corresponding to <date>", "<yyyy> <Month> <d> (<date>)"), the Gregorian
// date closing the line. It returns the words before the other calendar's
// date: the place or the office the line names.
//
// The other calendar's date is figures and one to three words of its
// month's name between them ("<d> <Month> al-<Month> <yyyy>", "<yyyy>
// <Month> <d>"), or its month's name before a day and a year ("<Month>
// <d>, <yyyy>"); one figure must be a year of three or four. A month's
// name is capitalised, or is a transliteration's "al-<Name>".
func dualCalendar(p string, at, end int) (before string, ok bool) {
	head := strings.TrimRight(p[:at], " ")
	tail := strings.TrimSpace(p[end:])
	if h, ok := strings.CutSuffix(head, "("); ok {
		if !strings.HasPrefix(tail, ")") {
			return "", false
		}
		head, tail = strings.TrimRight(h, " "), tail[1:]
	} else {
		cut := false
		for _, j := range calendarJoiners {
			if len(head) > len(j) && strings.EqualFold(head[len(head)-len(j):], j) && head[len(head)-len(j)-1] == ' ' {
				head, cut = strings.TrimRight(head[:len(head)-len(j)], " ,"), true
				break
			}
		}
		if !cut {
			return "", false
		}
	}
	if !stampTail(tail) {
		return "", false
	}
	return otherCalendarDate(head)
}

// otherCalendarDate returns head without the date in another calendar
// that closes it (dualCalendar), ok false when none does.
func otherCalendarDate(head string) (string, bool) {
	// The words' starts, so what stands before the date keeps its own
	// spacing and marks.
	var starts []int
	var words []string
	for i := 0; i < len(head); {
		for i < len(head) && head[i] == ' ' {
			i++
		}
		j := i
		for j < len(head) && head[j] != ' ' {
			j++
		}
		if j > i {
			starts, words = append(starts, i), append(words, head[i:j])
		}
		i = j
	}
	n := len(words)
	if n > 0 && eraMarks[words[n-1]] {
		n--
	}
	if n < 2 || !calendarFigure(words[n-1]) {
		return "", false
	}
	year := calendarYear(words[n-1])
	i := n - 1
	monthFirst := strings.HasSuffix(words[i-1], ",") && calendarFigure(strings.TrimSuffix(words[i-1], ","))
	if monthFirst {
		// "<Month> <d>, <yyyy>": the day before the year.
		i--
	}
	months := 0
	for i > 0 && months < 3 && calendarMonthWord(words[i-1]) {
		i--
		months++
	}
	if months == 0 {
		return "", false
	}
	if !monthFirst {
		// "<d> <Month> <yyyy>", "<yyyy> <Month> <d>": a figure before
		// the month's name too, or a month's name and one figure, no
		// full date.
		if i == 0 || !calendarFigure(words[i-1]) {
			return "", false
		}
		i--
		year = year || calendarYear(words[i])
	}
	if !year {
		return "", false
	}
	if i == 0 {
		return "", true
	}
	return strings.TrimRight(head[:starts[i]], " ,"), true
}

// calendarFigure reports whether w is a day or a year in figures,
// perhaps with an era's letter run into it ("1448H").
func calendarFigure(w string) bool {
	d := 0
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	if d == 0 || d > 4 {
		return false
	}
	return d == len(w) || len(w)-d <= 2 && eraMarks[w[d:]]
}

// calendarYear reports whether the figure w (calendarFigure) is a year:
// four figures, as the Hijri, Persian, Bikram Sambat and Hebrew years all
// are now.
func calendarYear(w string) bool {
	d := 0
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	return d == 4
}

// calendarMonthWord reports whether w may be a word of another calendar's
// month's name: capitalised, or a transliterated article run into a
// capitalised word ("al-Awwal"), and no Gregorian month or weekday, which
// firstDate would have read.
func calendarMonthWord(w string) bool {
	if strings.ContainsAny(w, ",.:;()\"“”") {
		return false
	}
	lw := strings.ToLower(w)
	if _, ok := monthNames[lw]; ok || isWeekday(lw) {
		return false
	}
	r := firstRune(w)
	if unicode.IsUpper(r) {
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 && i <= 3 {
		r, _ := utf8.DecodeRuneInString(w[i+1:])
		return unicode.IsUpper(r)
	}
	return false
}

// dualCalendarLine reads a header line that dates a release in two
// calendars (dualCalendar), perhaps after the place it was issued from
// ("<City>, <d> <Month> <yyyy>H corresponding to <date>"): nothing but a
// place (placeParts) may stand before the two dates.
func dualCalendarLine(p string) (time.Time, bool) {
	if len(p) > 140 || !hasYear(p) {
		return time.Time{}, false
	}
	t, at, end, ok := firstDate(p)
	if !ok {
		return time.Time{}, false
	}
	before, ok := dualCalendar(p, at, end)
	if !ok || !placeParts(before, true) {
		return time.Time{}, false
	}
	return t, true
}

// decisionDelivered is a court's label for the day a decision was given,
// set at the end of the lines heading its summary and run into them when
// they were joined into one paragraph ("<Parties> <Court> <Division>"
// over "Sentencing remarks delivered <date>"): the decision's name, then
// "delivered" or its like.
var decisionDelivered = regexp.MustCompile(`(?i)(?:^|\s)((?:sentencing remarks|sentence|judgment|judgement|reasons(?: for (?:judgment|judgement|decision|sentence))?|ruling|decision|determination|opinion) (?:delivered|handed down|rendered|given|pronounced)(?: on)?) *:? *$`)

// joinedDecisionDate reads the delivery label a court's summary closes its
// heading lines with (decisionDelivered), run into the lines above it: the
// label is capitalised as a line's start is, the date closes the
// paragraph, and no sentence stops before it, so a story's "… the
// judgment delivered on <date>" is passed over. judgmentDate reads the
// label when it opens its paragraph.
func joinedDecisionDate(p string) (time.Time, bool) {
	if !strings.Contains(p, "eliver") && !strings.Contains(p, "anded down") && !strings.Contains(p, "endered") &&
		!strings.Contains(p, "given") && !strings.Contains(p, "ronounced") {
		return time.Time{}, false
	}
	t, at, end, ok := firstDate(p)
	if !ok || !stampTail(p[end:]) {
		return time.Time{}, false
	}
	m := decisionDelivered.FindStringSubmatchIndex(p[:at])
	if m == nil || m[2] == 0 || !unicode.IsUpper(firstRune(p[m[2]:])) {
		return time.Time{}, false
	}
	before := p[:m[2]]
	if strings.Contains(before, ". ") || strings.ContainsAny(before, "?!\"“”") {
		return time.Time{}, false
	}
	return t, true
}

// headingLineDate reads a header line that is a numbered release's heading
// (numberedReleaseDate) or a date in two calendars (dualCalendarLine).
func headingLineDate(l string) (time.Time, bool) {
	if l == "" || !hasYear(l) {
		return time.Time{}, false
	}
	if t, ok := numberedReleaseDate(l); ok {
		return t, true
	}
	return dualCalendarLine(l)
}
