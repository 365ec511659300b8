//go:build !unix

package briefings

// nonBlock is unused where there are no named pipes to wait on; readFile's
// mode check before the open still refuses special files.
const nonBlock = 0
