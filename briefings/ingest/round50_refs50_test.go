package ingest_test

import "testing"

// TestRound50Refs50 covers "the <ACR> <title>" after the holder of a like
// title of another body spoke, and "the Speaker" of a chamber after a
// minister spoke.
func TestRound50Refs50(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "the initials' title is the one named with it in apposition, and he is that one",
			paras: []string{
				"Port of Valmora clears backlog",
				"Container dwell times at the port of Valmora have fallen for a third week after the Valmora Port Authority (VPA) extended customs hours.",
				"Commodore T. Henrik Ostvald, the VPA chairman, told reporters at the port on Wednesday that yard occupancy had dropped to 71%.",
				"\"We are now clearing more boxes than at any time this year,\" Ostvald said.",
				"\"Freight rates on the feeder run have fallen,\" said Dario Menendez, chairman of the Valmora Shipping Agents Association's port committee, \"but not back to where they were.\"",
				"The VPA chairman said the first of four new cranes would arrive in August.",
				"\"Once they are commissioned, we will have the capacity we need,\" he said.",
			},
			want: map[string]string{
				"Freight rates on the feeder run have fallen":                   "Dario Menendez",
				"Once they are commissioned, we will have the capacity we need": "T. Henrik Ostvald",
			},
		},
		{
			name: "the Speaker after a minister spoke is the chamber's, unnamed",
			paras: []string{
				"Water buybacks row in parliament",
				"The water minister, Kostas Evangelou-Marsh, defended the buyback programme in parliament on Tuesday.",
				"Mr Evangelou-Marsh said the member for Tarrow was \"welcome to join us in that fight\".",
				"Interjections from the Opposition benches were met by the Speaker, who warned: \"The member for Tarrow will come to order.\"",
			},
			want: map[string]string{
				"welcome to join us in that fight":          "Kostas Evangelou-Marsh",
				"The member for Tarrow will come to order.": "unknown",
			},
		},
		{
			name: "near miss: a Speaker named as such is still the one who speaks",
			paras: []string{
				"Chamber suspended after row",
				"The Speaker of the House, Alvaro Pinheiro-Locke, suspended the sitting on Tuesday.",
				"\"The member will withdraw that remark,\" Mr Pinheiro-Locke said.",
				"The Speaker later said the chamber had \"lost its temper\".",
			},
			want: map[string]string{"lost its temper": "Alvaro Pinheiro-Locke"},
		},
	})
}
