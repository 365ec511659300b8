package ingest

import "strings"

// fullerName returns the one person the article names with more words
// whose name ends in all of e's, when e is a person named by two words
// or more: a name whose leading given name the reader lost to a title
// before it ("<Title> X Y" read as "Y Z" of "X Y Z") is the full name the
// article gives elsewhere. Two such people (relatives, or two given
// names the reader cannot tell apart) leave e as it is, and so does a
// registry speaker; a registry person whose name ends e's is e.
func (c *cast) fullerName(e *entity) *entity {
	if e == nil || e.kind != "person" || e.reg != nil {
		return e
	}
	k := c.fold(e.name)
	if !strings.Contains(k, " ") {
		return e // one word: cast.fullName's
	}
	// "<Title> X Y" with a title no list knows, for the registry's X Y: the
	// longest run of two words or more ending the name that names a
	// registry person.
	for rest, n := k, 0; ; n++ {
		_, r, ok := strings.Cut(rest, " ")
		if !ok || !strings.Contains(r, " ") {
			break
		}
		rest = r
		if s := c.reg.speakers[rest]; s != nil && (s.Kind == "person" || s.Kind == "") {
			return c.fromRegistry(s)
		}
	}
	var full *entity
	for _, o := range c.all {
		if o == e || o.kind != "person" {
			continue
		}
		ok := c.fold(o.name)
		if len(ok) <= len(k)+1 || !strings.HasSuffix(ok, k) || ok[len(ok)-len(k)-1] != ' ' {
			continue
		}
		if full != nil && full != o {
			return e
		}
		full = o
	}
	if full == nil {
		return c.givenNamesOf(e, k)
	}
	return full
}

// givenNamesOf returns the one person the article names with more words
// whose name opens with all of e's (folded k), two words or more: Icelandic
// copy, and others whose people have two given names, names someone again
// by both given names without the patronymic or surname ("Anna Rún" for
// Anna Rún Einarsdóttir). Two such people leave e as it is.
func (c *cast) givenNamesOf(e *entity, k string) *entity {
	var full *entity
	for _, o := range c.all {
		if o == e || o.kind != "person" {
			continue
		}
		ok := c.fold(o.name)
		if len(ok) <= len(k)+1 || !strings.HasPrefix(ok, k) || ok[len(k)] != ' ' {
			continue
		}
		if full != nil && full != o {
			return e
		}
		full = o
	}
	if full == nil {
		return e
	}
	return full
}
