package ingest_test

import "testing"

// TestRound52OfficeTitlesBack covers a person referred back to by an
// office's short name: "the A-G" for the Attorney-General the article
// named with his title, "the AG" for the holder of a joint title whose
// first office, hyphenated, has those initials, and "the Local Ordinary" (canon law's name for a
// diocese's bishop) for the bishop it named.
func TestRound52OfficeTitlesBack(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the A-G back to the Attorney-General and Minister for Justice",
			paras: []string{
				"Chiefs' supporters storm Tamale court; A-G orders arrests",
				"Supporters of a chief stormed the Tamale Circuit Court on Thursday after a ruling on a land dispute.",
				"The Attorney-General and Minister for Justice, Mr Kofi Asamoah-Darko, has directed the police to arrest everyone involved.",
				"\"Every person seen in the footage will be charged. No chief is above the law,\" the A-G posted on X on Friday.",
			},
			want: map[string]string{
				"Every person seen in the footage will be charged. No chief is above the law": "Kofi Asamoah-Darko",
			},
		},
		{
			name: "the AG back to the Attorney-General and Minister of Justice, hyphenated",
			paras: []string{
				"Parliament to debate new bail law",
				"Opening the workshop, the Attorney-General and Minister of Justice, Mr. Osman Kargbo-Turay, said the Bill would cut the number of remand prisoners.",
				"\"Half of the inmates in our prisons have not been convicted of anything. That is not justice,\" the AG said.",
			},
			want: map[string]string{
				"Half of the inmates in our prisons have not been convicted of anything. That is not justice": "Osman Kargbo-Turay",
			},
		},
		{
			name: "the Local Ordinary back to the bishop",
			paras: []string{
				"Bishop appeals for help as families reach Bor",
				"The Local Ordinary of the Catholic Diocese of Bor has appealed for help for families arriving from the north.",
				"In an interview on Monday, Bishop Paulino Deng Mabior described the camps as full.",
				"\"We are receiving families who have walked for days,\" Bishop Deng said.",
				"The Diocese has opened two parish compounds to shelter women and children.",
				"\"We pray that these families can one day return home in peace,\" the Local Ordinary of Bor said.",
			},
			want: map[string]string{
				"We pray that these families can one day return home in peace": "Paulino Deng Mabior",
			},
		},
	})
}
