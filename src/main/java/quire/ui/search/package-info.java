/**
 * Searching the story: {@link quire.ui.search.SearchModel} (an index built off the UI thread on the
 * first search, its matches drawn as ranges), the bar over the page ({@code SearchBar}) and the list of
 * every match ({@link quire.ui.search.SearchResultsOverlay}, in the shared panel frame). The selection's
 * controller opens and closes the bar and runs its keys.
 *
 * <p>Uses {@link quire.ui.page}, {@link quire.ui.panel}, the command table and the shared base; no
 * other feature.
 */
package quire.ui.search;
