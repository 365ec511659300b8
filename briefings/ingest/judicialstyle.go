package ingest

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

// singleJudgeTitles are the titles that a judge's letters after the
// surname stand for when they are one judge's ("<Surname> J", "<Surname>
// CJ", "<Surname> JA"), keyed by the letters in capitals as law reports
// and court copy print them: "the judge" or "Her Honour" later means that
// judge. The letters for several ("JJ", "JJA") have none. The other
// letters of one judge are given the plain title "Justice"
// (judgesLetters says what each stands for). A map lookup on the token's
// own text: the letters are matched in capitals without a lower-cased
// copy of the word.
var singleJudgeTitles = map[string]string{
	"J": "Justice", "CJ": "Chief Justice", "JA": "Judge of Appeal", "AJA": "Judge of Appeal",
	"DCJ": "Justice", "ACJ": "Justice", "AJ": "Justice", "LJ": "Justice",
	"JP": "Justice", "PJ": "Justice", "NPJ": "Justice",
}
