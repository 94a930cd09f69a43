package pppdesk

// SetSitemapPerFile lowers the URLs per sitemap file for a test and answers how to undo it;
// tests that call it must not run in parallel with other sitemap tests.
func SetSitemapPerFile(n int) (undo func()) {
	old := sitemapPerFile
	sitemapPerFile = n
	return func() { sitemapPerFile = old }
}
