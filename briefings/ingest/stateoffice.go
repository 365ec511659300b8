package ingest

import "strings"

// officeOfTitle returns the title of a state office named in the
// convention's own order, "the Office of the <Title>" ("the Office of the
// Prime Minister", "the Office of the President"): copy in a state's own
// press names its head's office so, bare, as it names the head's office
// "the <Title>'s Office" (officeTitle), and the registry's convention adds
// the state: "Office of the <Title> of <Country>". "" for any other name,
// a longer one included ("Office of the President of <Body>", a body's
// head's office).
func officeOfTitle(name string) string {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	rest, ok := strings.CutPrefix(name, "Office of the ")
	if !ok {
		return ""
	}
	for _, t := range stateOfficeTitles {
		if rest == t {
			return t
		}
	}
	return ""
}

// officeForms are the registry's forms of a state office's name that
// titleOffice may take, each a bit.
type officeForms uint8

const (
	officeByName officeForms = 1 << iota // "Office of the <Title>" as the registry lists it
	officePlaced                         // "Office of the <Title> of <Place>", the place the article names (placedBody)
	officeHome                           // "Office of the <Title> of <Place>", the dateline's country or a place the words name (officeOfPlace)
)

// titleOffice returns the registry body of the office whose holder is
// titled title ("President", "Prime Minister"), in the forms given and in
// that order: by its bare name, then placed, then at home. Nil when the
// article has no registry or none of those forms finds one.
//
// It is the one lookup of "Office of the <Title>" for the three phrases
// that name such an office, and they differ in the forms they take
// because each knows a different part of the name:
//   - a lower-case subject ("the presidential office said",
//     executiveOffice) takes the bare name and the placed one, not the
//     home form: it was written before officeOfPlace and has not been
//     measured with it, and its titles (mayor, governor) are as often a
//     city's or a province's office as the state's;
//   - a capitalised "the Office of the <Title>" the article names
//     (titlesOffice) is a mention the cast found in no registry entry by
//     its name, so asking the bare name again is moot and only the placed
//     and home forms are left; when the mention names a longer "… of
//     <Place>" itself, that name's own placed entry comes first (asked by
//     the caller) and only the home form of the bare title after;
//   - a document "from the <Title>'s Office" (docTitlesOffice) takes all
//     three, its title being the document's only word of its issuer.
func (x *extractor) titleOffice(title string, forms officeForms) *entity {
	if x.cast.reg == nil {
		return nil
	}
	name := "Office of the " + title
	if forms&officeByName != 0 {
		if sp := x.cast.regSpeaker(name); sp != nil && sp.Kind == "organisation" {
			return x.cast.fromRegistry(sp)
		}
	}
	k := foldText(name)
	if forms&officePlaced != 0 {
		if sp := x.placedBody(k); sp != nil {
			return x.cast.fromRegistry(sp)
		}
	}
	if forms&officeHome != 0 {
		if sp := x.officeOfPlace(k); sp != nil {
			return x.cast.fromRegistry(sp)
		}
	}
	return nil
}
