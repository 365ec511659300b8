package ingest

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// day returns the calendar day of t in its own time zone, as UTC midnight:
// an article published at 07:00+02:00 on 3 October is dated 3 October.
func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

var urlDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)

// DateFromURL returns the date in an address such as
// https://news.antiwar.com/2022/02/01/us-and-russia-…, or the zero time.
func DateFromURL(u string) time.Time {
	m := urlDate.FindStringSubmatch(u)
	if m == nil {
		return time.Time{}
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	return validDate(y, mo, d)
}

func validDate(y, m, d int) time.Time {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return time.Time{}
	}
	return t
}

var fullLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02", time.RFC1123Z,
	time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "2006/01/02",
}

// parseDate reads a date as articles write it: 2022-02-01, February 1, 2022,
// Feb. 1, 2022, 1 February 2022, or a timestamp. A day and month without a
// year ("March 14") take the year of ref, or the year before when that would
// put them after ref. ok is false when s holds no date.
func parseDate(s string, ref time.Time) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range fullLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return day(t), true
		}
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == ',' })
	var mo, d, y int
	for _, w := range words {
		if m, ok := monthNames[w]; ok && mo == 0 {
			mo = m
			continue
		}
		n, err := strconv.Atoi(strings.TrimSuffix(strings.TrimRight(w, "stndrh"), "."))
		switch {
		case err != nil:
			if _, isDay := dayNames[strings.TrimSuffix(w, ".")]; isDay {
				continue
			}
			return time.Time{}, false
		case n >= 1000:
			y = n
		case n >= 1 && n <= 31 && d == 0:
			d = n
		default:
			return time.Time{}, false
		}
	}
	if mo == 0 || d == 0 {
		return time.Time{}, false
	}
	if y == 0 {
		if ref.IsZero() {
			return time.Time{}, false
		}
		y = ref.Year()
		if t := validDate(y, mo, d); !t.IsZero() && t.After(day(ref)) {
			y--
		}
	}
	t := validDate(y, mo, d)
	return t, !t.IsZero()
}

// futureMarkers before a day mean it is ahead of the article, not when
// something was said: "would brief parliament on Wednesday", "until Monday".
var futureMarkers = set(`would will shall until till by next from before due expected plans plan
	to be scheduled set`)

// relativeDay resolves the day a sentence says something happened, against
// the article's date: "on Tuesday" (or "said Tuesday") is the most recent
// Tuesday on or before it, "yesterday" the day before, "on March 14" that
// day of the article's year. Days ahead of the article ("would meet on
// Friday", "until Monday", "on May 20" in a story of March) are ignored.
func relativeDay(p *para, a, b int, article time.Time) time.Time {
	if article.IsZero() {
		return time.Time{}
	}
	for i := a; i < b; i++ {
		if !p.isWordAt(i) {
			continue
		}
		w := p.lw(i)
		switch w {
		case "yesterday":
			return article.AddDate(0, 0, -1)
		case "today":
			return article
		}
		if p.toks[i].class&(cDay|cMonth) == 0 || !p.toks[i].isCap(p.text) || !p.pastTense(i, a) {
			continue
		}
		if wd, ok := dayNames[w]; ok {
			back := (int(article.Weekday()) - wd + 7) % 7
			return article.AddDate(0, 0, -back)
		}
		if m, ok := monthNames[w]; ok && i+1 < b && p.isWordAt(i+1) {
			if d, err := strconv.Atoi(p.lw(i + 1)); err == nil {
				if t := validDate(article.Year(), m, d); !t.IsZero() && !t.After(article) {
					return t
				}
			}
		}
	}
	return time.Time{}
}

// pastTense reports whether the day at token i is introduced as when
// something happened: after "on" or a speech verb, with no sign of the
// future in the four words before.
func (p *para) pastTense(i, a int) bool {
	prev := p.lowerAt(i - 1)
	if i-1 < a || prev != "on" && speechVerbs[prev] == 0 {
		return false
	}
	for k := i - 2; k >= a && k >= i-5; k-- {
		if futureMarkers[p.lowerAt(k)] {
			return false
		}
	}
	return true
}
