package bot

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefings"
)

// subscribeArgs is a /subscribe request, understood.
type subscribeArgs struct {
	topics []*briefings.Topic
	at     TimeOfDay
	loc    *time.Location
	skip   bool
}

// parseSubscribe reads "/subscribe <topic…> [at HH:MM] [tz Area/City]
// [skip]" or Discord's typed options. It returns a reply instead when the
// request cannot be understood.
func parseSubscribe(c *briefings.Catalog, req Request, defTZ *time.Location) (subscribeArgs, *Reply) {
	cmd := lookup("subscribe")
	a := subscribeArgs{at: 8 * 60, loc: defTZ}
	if a.loc == nil {
		a.loc = time.UTC
	}
	var topicWords []string
	atText, tzText := req.Arg("at"), req.Arg("tz")
	if v := strings.ToLower(req.Arg("skip")); v == "true" || v == "yes" {
		a.skip = true
	}
	ws := words(req.Text)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		switch lw := strings.ToLower(w); {
		case lw == "at" || lw == "tz" || lw == "timezone":
			if i+1 == len(ws) {
				r := usage(req, cmd, fmt.Sprintf("“%s” needs a value after it, e.g. at 08:00 or tz Europe/Berlin.", w))
				return a, &r
			}
			i++
			switch {
			case lw == "at":
				atText = ws[i]
			case i+1 < len(ws) && !zoneExists(ws[i]) && zoneExists(ws[i]+" "+ws[i+1]):
				// "tz America/New York", typed without quotes.
				tzText = ws[i] + " " + ws[i+1]
				i++
			default:
				tzText = ws[i]
			}
		case lw == "skip":
			a.skip = true
		case strings.Contains(lw, ":") || strings.HasSuffix(lw, "am") || strings.HasSuffix(lw, "pm"):
			// "/subscribe ukraine 08:00" means the time, when it reads as one.
			if _, err := ParseTimeOfDay(w); err == nil {
				atText = w
				continue
			}
			topicWords = append(topicWords, quoteWord(w))
		default:
			topicWords = append(topicWords, quoteWord(w))
		}
	}
	topicText := req.Arg("topics")
	if topicText == "" {
		topicText = strings.Join(topicWords, " ")
	}
	if strings.TrimSpace(topicText) == "" {
		r := usage(req, cmd, "Which topics? Name one or more, for example "+req.cmd("/subscribe ukraine nato at 08:00")+".")
		r.Note = "Topics: " + topicList(c, 8) + ". " + req.cmd("/topics") + " lists them all."
		return a, &r
	}
	if atText != "" {
		t, err := ParseTimeOfDay(atText)
		if err != nil {
			r := usage(req, cmd, upperFirst(err.Error())+".")
			return a, &r
		}
		a.at = t
	}
	if tzText != "" {
		loc, err := LoadZone(tzText)
		if err != nil {
			r := usage(req, cmd, fmt.Sprintf("“%s” is not a time zone I know. Use an IANA name such as Europe/Berlin, America/New_York or Asia/Tokyo.", tzText))
			return a, &r
		}
		a.loc = loc
	}
	topics, err := topicsIn(c, topicText)
	if err != nil {
		r := topicNotFound(req, c, err, "subscribe")
		suffix := scheduleArgs(a.at, a.loc.String(), a.skip)
		for i := range r.Actions {
			r.Actions[i].Command += " " + suffix
		}
		return a, &r
	}
	if len(topics) > maxTopicsPerSubscription {
		r := usage(req, cmd, fmt.Sprintf("That is %d topics; one daily briefing takes up to %d.", len(topics), maxTopicsPerSubscription))
		return a, &r
	}
	a.topics = topics
	return a, nil
}

func zoneExists(name string) bool {
	_, err := LoadZone(name)
	return err == nil
}

// quoteWord keeps a multi-word name that was typed in quotes together when
// the words are joined again.
func quoteWord(w string) string {
	if strings.ContainsAny(w, " \t") {
		return `"` + w + `"`
	}
	return w
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// scheduleArgs writes the arguments that repeat a schedule, for suggested
// commands: "at 08:00 tz Europe/Berlin".
func scheduleArgs(at TimeOfDay, tz string, skip bool) string {
	s := "at " + at.String() + " tz " + tz
	if skip {
		s += " skip"
	}
	return s
}
