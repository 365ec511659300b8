package ingest

import "strings"

// embassyInCapital returns "Embassy of <Sender> in <Host>" for a body
// named "<Nationality> embassy in <City>" or "<Country>'s embassy in
// <City>" where the city is one the registry lists as a country's own
// place (its capital, as an alias of the country): copy names an embassy
// by its sender's adjective and the city it sits in, and the convention
// names it by the two states, when the registry follows the convention
// for state bodies (countried). Nil for any other name, a city the
// registry does not tie to a country, or a sender that is the host itself.
func (x *extractor) embassyInCapital(e *entity) *entity {
	c := x.cast
	if c.reg == nil || !c.reg.countried || len(e.name) < 16 {
		return nil
	}
	name := strings.TrimPrefix(strings.TrimPrefix(e.name, "the "), "The ")
	i := strings.Index(name, " Embassy in ")
	if i < 0 {
		i = strings.Index(name, " embassy in ")
	}
	if i <= 0 {
		return nil
	}
	sender, city := name[:i], name[i+len(" embassy in "):]
	from := ""
	if isPossessive(sender) {
		// "<Country>'s embassy in <City>"
		from = countryNamed(foldText(stripPossessive(sender)), c.reg.speakers)
	} else {
		// "<Nationality> embassy in <City>"; not "<Country> Embassy in
		// <City>", the sender's own name used as the embassy's, which
		// copy writes as the embassy's full name.
		if from = foldText(countryOfWord(sender)); from == foldText(sender) {
			return nil
		}
	}
	if from == "" || city == "" {
		return nil
	}
	host := countryNamed(foldText(city), c.reg.speakers)
	hs := c.reg.speakers[host]
	if hs == nil || hs.Kind != "place" || hs.Role != "Country" || host == foldText(city) || host == from {
		return nil
	}
	senderName := placeCase(from)
	if s := c.reg.speakers[from]; s != nil && s.Kind == "place" {
		senderName = c.reg.placeAfterOf(s)
	} else if articledCountries[from] {
		senderName = "the " + senderName
	}
	full := "Embassy of " + senderName + " in " + c.reg.placeAfterOf(hs)
	if s := c.regSpeaker(full); s != nil {
		return c.fromRegistry(s)
	}
	return c.org(full, "")
}

// seatedMission returns the body a description names as a nationality's
// mission with its seat ("<Nationality> embassy in <City>", "<Nationality>
// consulate in <City>"): the adjective says whose mission it is, the
// place where it sits, and the two name one body. Nil for any other
// description: no adjective of a state before the head, or no place in
// capitals after "in".
func (x *extractor) seatedMission(text, head string) *entity {
	adj, seat, ok := strings.Cut(text, " "+head+" in ")
	if !ok || countryOfWord(adj) == "" {
		return nil
	}
	seat = strings.TrimPrefix(seat, "the ")
	if seat == "" {
		return nil
	}
	for w := range strings.FieldsSeq(seat) {
		if !isCapWord(w) {
			return nil
		}
	}
	return x.cast.org(text, "")
}
