<?php
/**
 * Plugin Name: Clinic elements
 * Description: Loads the clinic-elements script on every page, and lets authors and editors who may not post scripts keep the clinic-* tags in what they write.
 * Version: 0.1.0
 *
 * An administrator installs it once, as wp-content/mu-plugins/clinic-elements.php
 * (or with a code-snippets plugin). Without it, WordPress removes the <script>
 * and every <clinic-*> tag from posts saved by users without the
 * "unfiltered_html" capability: authors, contributors, and everyone but super
 * admins on a multisite network. Their FAQ then shows as plain <details> and
 * the book button as a plain link.
 */

// One plain <script> in the <head> of every page, above every element, so each
// element has its final size before the text below it first paints. No
// ?ver= query string (null), and not in the footer (false).
add_action(
	'wp_enqueue_scripts',
	function () {
		wp_enqueue_script(
			'clinic-elements',
			'https://cdn.jsdelivr.net/npm/clinic-elements@0.1/dist/cdn/clinic-elements.js',
			array(),
			null,
			false
		);
	}
);

// The tags and attributes of clinic-elements, added to what posts may contain.
add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		$global  = array( 'id', 'class', 'lang', 'dir', 'hidden' );
		$clinic  = array(
			'clinic-faq'                 => array( 'exclusive', 'searchable', 'heading-level', 'structured-data', 'update-url' ),
			'clinic-technique-explainer' => array( 'techniques', 'layout', 'selected', 'heading-level' ),
			'clinic-symptom-checklist'   => array( 'region', 'emergency-number', 'name', 'disabled', 'detailed-events', 'custom-red-flags', 'heading-level' ),
			'clinic-book-button'         => array( 'href', 'provider', 'service', 'practitioner', 'location', 'duration', 'utm', 'mode', 'target', 'floating' ),
			'clinic-booking'             => array( 'href', 'provider', 'services', 'practitioner', 'location', 'duration', 'utm', 'mode' ),
		);
		foreach ( $clinic as $tag => $attributes ) {
			$tags[ $tag ] = array_fill_keys( array_merge( $global, $attributes ), true );
		}
		return $tags;
	},
	10,
	2
);
