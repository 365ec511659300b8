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
