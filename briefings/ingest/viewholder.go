package ingest

import "strings"

// abstractSuffixes end the nouns of states, acts and qualities ("a
// nullity", "the decision", "an adjournment", "its fairness"): things,
// which hold no view of their own.
var abstractSuffixes = []string{"ity", "tion", "sion", "ment", "ness", "ance", "ence"}

// sideNouns end so but name a party that holds views of its own: a
// case's sides, a debate's camps, a meeting of delegates.
var sideNouns = set(`prosecution defence opposition community conference convention
	delegation congregation commission association corporation administration government
	management authority majority minority`)

// abstractThing reports whether a clause's subject is an abstract thing
// named by a common noun ("An immediate annulment would, in its view,
// “…”"): no capital, and a head that is no person, role, group or body
// word but ends as nouns of states and acts do. "Its" in such a clause
// is no possessive of the subject, which has no view to hold, but looks
// back to the body the sentences before were about.
func abstractThing(r *ref) bool {
	if r == nil || r.kind != refSomeone || r.head == "" || r.name != "" || r.org != "" {
		return false
	}
	h := r.head
	if _, ok := personNouns[h]; ok || isRoleWord(h) || groupNouns[h] || sideNouns[h] || occupationWord(h) || orgDescriptors[h] || orgHeads[h] {
		return false
	}
	for _, suf := range abstractSuffixes {
		if strings.HasSuffix(h, suf) && len(h) > len(suf)+2 {
			return true
		}
	}
	return false
}
