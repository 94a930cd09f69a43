package storage

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Local is a Storage in a directory of the local disk. Every operation goes through os.Root,
// so even a symbolic link planted inside the directory cannot lead a key outside it.
type Local struct {
	dir string // absolute
}

var _ Storage = (*Local)(nil)

// File and directory modes: readable by the service's group (backups), never by others.
const (
	dirMode  fs.FileMode = 0o750
	fileMode fs.FileMode = 0o640
)

// tmpPrefix starts the names of files being written; keys may not use it (no element of a key
// may start with a dot), so a half-written file is never mistaken for a stored one.
const tmpPrefix = ".tmp-"

// NewLocal returns a Storage keeping files under dir, creating dir (mode 0o750) if needed, so a
// fresh deployment needs no manual set-up.
func NewLocal(dir string) (*Local, error) {
	if dir == "" {
		return nil, errors.New("storage: no directory given for local storage")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("storage: local directory %q: %w", dir, err)
	}
	if err := os.MkdirAll(abs, dirMode); err != nil {
		return nil, fmt.Errorf("storage: creating local directory: %w", err)
	}
	fi, err := os.Stat(abs)
	if err != nil {
		return nil, fmt.Errorf("storage: local directory: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("storage: local directory %q is not a directory", abs)
	}
	return &Local{dir: abs}, nil
}

// Dir returns the absolute directory the files are kept in, for start-up logs.
func (l *Local) Dir() string { return l.dir }

// Put writes r to a temporary file next to the final one and renames it into place only once
// everything was written and synced, so readers never see a half-written file and a failed
// upload leaves nothing behind. The file gets mode 0o640.
func (l *Local) Put(ctx context.Context, key string, r io.Reader) (int64, error) {
	name, err := localName(key)
	if err != nil {
		return 0, err
	}
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	root, err := os.OpenRoot(l.dir)
	if err != nil {
		return 0, fmt.Errorf("storage: %w", err)
	}
	defer root.Close()

	dir := filepath.Dir(name)
	if dir != "." {
		if err := root.MkdirAll(dir, dirMode); err != nil {
			return 0, fmt.Errorf("storage: put %q: %w", key, err)
		}
	}
	tmp := filepath.Join(dir, tmpPrefix+randomHex(8))
	f, err := root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, fileMode)
	if err != nil {
		return 0, fmt.Errorf("storage: put %q: %w", key, err)
	}
	n, err := writeFile(ctx, f, r)
	if err == nil {
		err = ctx.Err()
	}
	if err == nil {
		err = root.Rename(tmp, name)
	}
	if err != nil {
		_ = root.Remove(tmp)
		if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
			return 0, err
		}
		return 0, fmt.Errorf("storage: put %q: %w", key, err)
	}
	return n, nil
}

// writeFile copies r into f, fixes its mode (umask may have narrowed it), syncs and closes it.
// f is closed whatever happens.
func writeFile(ctx context.Context, f *os.File, r io.Reader) (int64, error) {
	n, err := io.Copy(f, ctxReader{ctx, r})
	if err == nil {
		err = f.Chmod(fileMode)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return n, err
}

// ctxReader stops a long copy once its context is done (client gone, server shutting down).
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (c ctxReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(p)
}

// Open returns the file stored under key, or ErrNotFound.
func (l *Local) Open(ctx context.Context, key string) (io.ReadCloser, error) {
	name, err := localName(key)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(l.dir)
	if err != nil {
		return nil, fmt.Errorf("storage: %w", err)
	}
	defer root.Close()
	f, err := root.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("storage: open %q: %w", key, err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("storage: open %q: %w", key, err)
	}
	if !fi.Mode().IsRegular() { // e.g. a fan-out directory: no file is stored under that key
		f.Close()
		return nil, ErrNotFound
	}
	return f, nil
}

// Delete removes the file stored under key; an absent file (or a key naming a fan-out
// directory, under which no file is stored) is not an error.
func (l *Local) Delete(ctx context.Context, key string) error {
	name, err := localName(key)
	if err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	root, err := os.OpenRoot(l.dir)
	if err != nil {
		return fmt.Errorf("storage: %w", err)
	}
	defer root.Close()
	fi, err := root.Lstat(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("storage: delete %q: %w", key, err)
	}
	if fi.IsDir() {
		return nil
	}
	if err := root.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("storage: delete %q: %w", key, err)
	}
	return nil
}

// localName checks that key is a plain relative slash-separated path that stays inside the
// storage directory and converts it to an operating-system path. os.Root enforces the same
// boundary again; this check exists to fail early with a message that says what is wrong.
func localName(key string) (string, error) {
	refuse := func(why string) (string, error) {
		return "", fmt.Errorf("%w %q: %s", ErrInvalidKey, key, why)
	}
	switch {
	case key == "":
		return refuse("it is empty")
	case strings.Contains(key, `\`):
		return refuse("it contains a backslash")
	case strings.HasPrefix(key, "/"):
		return refuse("it is an absolute path")
	case strings.Contains(key, ":"):
		return refuse("it contains a colon")
	}
	for _, r := range key {
		if r < 0x20 || r == 0x7f {
			return refuse("it contains a control character")
		}
	}
	for _, elem := range strings.Split(key, "/") {
		switch {
		case elem == "..":
			return refuse(`it contains a ".." element`)
		case elem == "":
			return refuse("it contains an empty element (double or trailing slash)")
		case strings.HasPrefix(elem, "."):
			return refuse("an element starts with a dot")
		}
	}
	name, err := filepath.Localize(key)
	if err != nil {
		return refuse(err.Error())
	}
	return name, nil
}
