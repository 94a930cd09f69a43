// Package storage keeps uploaded files' bytes behind one interface and decides, from their content, whether a file may be stored at all.
package storage

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Storage keeps file bytes under opaque keys. Metadata (names, owners, kinds) lives in the
// database; this interface only moves bytes, so a local directory can later be swapped for an
// object store without touching callers.
type Storage interface {
	// Put stores everything r yields under key, replacing any earlier file, and returns the
	// number of bytes stored. On error nothing is stored.
	Put(ctx context.Context, key string, r io.Reader) (int64, error)
	// Open returns the file stored under key, or ErrNotFound when there is none.
	Open(ctx context.Context, key string) (io.ReadCloser, error)
	// Delete removes the file stored under key; deleting an absent file is not an error, so
	// clean-ups can be retried.
	Delete(ctx context.Context, key string) error
}

// ErrNotFound is what Open answers for a key with no file, so callers can tell a missing file
// (a 404 for the client) from a broken disk.
var ErrNotFound = errors.New("storage: file not found")

// ErrInvalidKey is wrapped by every refusal of a key that could leave the storage directory
// or is otherwise malformed, so callers can tell a programming error from an I/O failure.
var ErrInvalidKey = errors.New("storage: invalid key")

// NewKey returns a fresh random key such as "3f/3fa85f6457174562b3fc2c963f66afa6": 32 hex
// digits (128 bits from crypto/rand, so keys are unguessable and never collide in practice)
// behind a directory named after their first two digits, so no single directory grows huge.
// Keys are URL-safe and are accepted by every Storage.
func NewKey() string {
	h := randomHex(16)
	return h[:2] + "/" + h
}

// randomHex returns 2n lowercase hex digits from crypto/rand.
func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // never fails: crypto/rand aborts the program if the OS source breaks
	return hex.EncodeToString(b)
}

// Binary size units accepted by ParseSize.
const (
	kib = int64(1) << 10
	mib = int64(1) << 20
	gib = int64(1) << 30
	tib = int64(1) << 40
)

// ParseSize reads a byte count such as "20MiB", "512KiB", "1GiB", "100B" or "1048576", so that
// upload limits can be given as readable configuration flags. Units are binary and
// case-insensitive; decimal units like "MB" are refused rather than guessed at.
func ParseSize(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := 0
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, fmt.Errorf("storage: invalid size %q: it must start with a whole number of bytes or units", s)
	}
	n, err := strconv.ParseInt(t[:i], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("storage: invalid size %q: the number is too large", s)
	}
	unit := strings.TrimSpace(t[i:])
	var mult int64
	switch strings.ToLower(unit) {
	case "", "b":
		mult = 1
	case "kib":
		mult = kib
	case "mib":
		mult = mib
	case "gib":
		mult = gib
	case "tib":
		mult = tib
	default:
		return 0, fmt.Errorf("storage: invalid size %q: unknown unit %q (use B, KiB, MiB, GiB or TiB)", s, unit)
	}
	if n > math.MaxInt64/mult {
		return 0, fmt.Errorf("storage: invalid size %q: it is too large", s)
	}
	return n * mult, nil
}

// formatSize writes n the way ParseSize reads it, for error messages: "20 MiB", "100 B".
func formatSize(n int64) string {
	for _, u := range []struct {
		size int64
		name string
	}{{tib, "TiB"}, {gib, "GiB"}, {mib, "MiB"}, {kib, "KiB"}} {
		if n >= u.size {
			if n%u.size == 0 {
				return fmt.Sprintf("%d %s", n/u.size, u.name)
			}
			return fmt.Sprintf("%.1f %s", float64(n)/float64(u.size), u.name)
		}
	}
	return fmt.Sprintf("%d B", n)
}
