//go:build !unix

package briefings_test

import "testing"

// unixHazards: named pipes and /dev/zero are Unix things.
func unixHazards(*testing.T) []hazard { return nil }
