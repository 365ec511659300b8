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
	k := c.nameKey(e)
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
	// One pass over the people finds both a name ending in all of e's and,
	// failing that, one opening with them: Icelandic copy, and others whose
	// people have two given names, names someone again by both given names
	// without the patronymic or surname ("Anna Rún" for Anna Rún
	// Einarsdóttir). Two of either kind leave e as it is. Failing both,
	// a name that keeps e's leading words and its last and has more
	// between them is e's: "<Given> <Surname>" for "<Given> <Middle>
	// <Surname>" given in full before it, in a heading or an earlier
	// paragraph (a full name given only after, in a closing line of
	// dates, leaves the name the copy used throughout).
	var full, given, middle *entity
	fullMany, givenMany, middleMany := false, false, false
	sp := strings.LastIndexByte(k, ' ')
	// A surname's particles belong to it ("<Given> al <Surname>" for
	// "<Given> bin <Father> al <Surname>"): what lies between the given
	// names and the surname is what the fuller form adds.
	for sp > 0 {
		q := strings.LastIndexByte(k[:sp], ' ')
		if q < 0 || !particles[k[q+1:sp]] {
			break
		}
		sp = q
	}
	lead, last := k[:sp+1], k[sp:]
	before := true // c.all holds the cast in the order the copy names them
	for _, o := range c.all {
		if o == e {
			before = false
		}
		if o == e || o.kind != "person" {
			continue
		}
		ok := c.nameKey(o)
		if len(ok) <= len(k)+1 {
			continue
		}
		if strings.HasSuffix(ok, k) && ok[len(ok)-len(k)-1] == ' ' {
			fullMany = fullMany || full != nil && full != o
			full = o
		} else if strings.HasPrefix(ok, k) && ok[len(k)] == ' ' {
			givenMany = givenMany || given != nil && given != o
			given = o
		} else if before && strings.HasPrefix(ok, lead) && strings.HasSuffix(ok, last) && len(ok) > len(k)+1 {
			middleMany = middleMany || middle != nil && middle != o
			middle = o
		}
	}
	switch {
	case fullMany:
		return e
	case full != nil:
		return full
	case given != nil && !givenMany:
		return given
	case middle != nil && !middleMany && given == nil:
		return middle
	}
	return e
}
