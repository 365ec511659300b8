package ingest_test

import "testing"

// TestJointBody: a meeting's sides speaking through their joint document
// ("In the joint statement, the two delegations said", "the parties
// pledged" in a joint declaration), the joint document itself ("The joint
// communiqué says", "The Joint Statement added") and a document that
// points back to it ("The document adds") speak for the body whose
// session adopted it, not for either side; a joint statement of two firms
// goes to the first-named firm (no meeting body claims it), sides with no
// joint document stay as they were, and a readout's
// "the two ministers" outside the joint document stays its issuer's.
func TestJointBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "DelegationsThenTheDocument",
			paras: []string{`Fishing quotas cut for two years

The Norvik-Talmar Joint Fisheries Commission ended its annual session in Port Aven on Friday with the adoption of a joint statement on cod stocks.

In the joint statement, the two delegations described the quota cut as "painful but necessary for the fleets of both countries."

The document adds that the quotas will be reviewed "every six months, on the advice of the scientists", and that the Commission will meet again in spring.`},
			want: map[string]string{
				"painful but necessary for the fleets of both countries.": "Norvik-Talmar Joint Fisheries Commission",
				"every six months, on the advice of the scientists":       "Norvik-Talmar Joint Fisheries Commission",
			},
		},
		{
			name: "TheJointCommuniqueOfACouncilsSession",
			paras: []string{`Rail link to be finished by 2029

The Ninth Session of the Aldmark-Brenn Council of Ministers closed in Brenn on Wednesday.

The joint communiqué says the two governments will "share the cost of the tunnel in equal parts".

The Joint Communiqué also noted that customs checks would move "away from the border, to the two terminals".`},
			want: map[string]string{
				"share the cost of the tunnel in equal parts": "Aldmark-Brenn Council of Ministers",
				"away from the border, to the two terminals":  "Aldmark-Brenn Council of Ministers",
			},
		},
		{
			name: "ThePartiesInAJointDeclaration",
			paras: []string{`Border crossings to stay open

The Verran-Osk Border Committee met in Osk on Monday for its first meeting since the floods.

In a joint declaration, the parties pledged to "keep every crossing open through the winter".

Signing a second joint declaration on the bridge, the two sides said they would "repair it by March".`},
			want: map[string]string{
				"keep every crossing open through the winter": "Verran-Osk Border Committee",
				"repair it by March":                          "Verran-Osk Border Committee",
			},
		},
		{
			name: "AJointDocumentOverTheReadoutsMinistry",
			reg: r13Registry(r13Place("Latvia", "Riga"), r13Place("Chile", "Santiago"),
				r13Body("Ministry of Foreign Affairs of Latvia", "Latvian foreign ministry"),
				r13Body("Latvian-Chilean Intergovernmental Commission", "Joint commission of Latvia and Chile")),
			paras: []string{`Latvia and Chile sign trade protocol

The Minister of Foreign Affairs of Latvia, Anna Kalnina-Berg, co-chaired the third session of the Latvian-Chilean Intergovernmental Commission in Riga on Tuesday.

At the close of the session, the two ministers signed a joint communiqué in which the parties called the new protocol "a bridge between the Baltic and the Pacific".

The two ministers agreed that a visit to Santiago in the autumn was "long overdue".`},
			want: map[string]string{
				"a bridge between the Baltic and the Pacific": "Latvian-Chilean Intergovernmental Commission",
				"long overdue": "Ministry of Foreign Affairs of Latvia",
			},
		},
		{
			name: "TwoFirmsJointStatement",
			paras: []string{`Carmaker and battery maker to merge

Halden Motors and Brisk Batteries agreed on Tuesday to merge in an all-share deal.

In a joint statement, the two companies said the deal would "create a European champion in electric vans".`},
			// No meeting body adopted it, so none claims it; since the
			// sets agreed that a joint statement with no issuer of its own
			// speaks for its first-named party (round 49, jointFirms), the
			// two firms' statement is the first firm's.
			want: map[string]string{"create a European champion in electric vans": "Halden Motors"},
		},
		{
			name: "SidesOfACallWithNoJointDocument",
			paras: []string{`Ministers discuss trade by phone

The foreign ministers of Norvik and Talmar spoke by phone on Thursday, a week after the Norvik-Talmar Joint Commission met in Aven.

The parties noted the "steady growth of trade between the two countries".`},
			want: map[string]string{"steady growth of trade between the two countries": "unknown"},
		},
	})
}
