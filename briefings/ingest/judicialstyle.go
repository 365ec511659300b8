package ingest

import "strings"

// judicialStyles are the words of the style copy uses for a judge in
// place of the judge's name after "His", "Her" or "Their" ("Her Honour
// said", "His Lordship held", "Their Honours found"): the singular is
// the judge the report has named, the plural the bench that decided.
var judicialStyles = map[string]bool{
	"honour": false, "honor": false, "lordship": false, "ladyship": false,
	"honours": true, "honors": true, "lordships": true, "ladyships": true,
}

// judicialStyle reads the one capitalised word at a, after the possessive
// determiner r holds, as a judicial style: "His|Her Honour" as "the
// judge", of the gender the determiner gives, and "Their Honours" as "the
// court", as court reports use them. It reports whether it did.
func (p *para) judicialStyle(r *ref, a int) bool {
	if r.det != "his" && r.det != "her" && r.det != "their" || !p.isWordAt(a) || !p.toks[a].isCap(p.text) {
		return false
	}
	plural, ok := judicialStyles[p.lw(a)]
	if !ok || plural != (r.det == "their") {
		return false
	}
	her := r.det == "her"
	r.det = "the"
	if plural {
		r.kind, r.head, r.text = refOrgDesc, "court", "court"
		return true
	}
	r.kind, r.head, r.role, r.text = refRole, "judge", "judge", "judge"
	r.gender = male
	if her {
		r.gender = female
	}
	return true
}

// singleJudgeTitle returns the title that the judge's letters at token k
// after a surname stand for when they are one judge's ("<Surname> J",
// "<Surname> CJ", "<Surname> JA"): law reports and court copy name the
// judge so, and "the judge" or "Her Honour" means that judge later. The
// letters for several ("JJ", "JJA") and other letters leave found as it
// is.
func singleJudgeTitle(p *para, k int, found string) string {
	if found != "" || !p.inList(k, cJudges) || p.word(k) != strings.ToUpper(p.lw(k)) {
		return found
	}
	switch p.lw(k) {
	case "jj", "jja":
		return found
	case "cj":
		return "Chief Justice"
	case "ja", "aja":
		return "Judge of Appeal"
	}
	return "Justice"
}
