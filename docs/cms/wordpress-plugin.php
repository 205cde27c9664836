<?php
/**
 * Plugin Name: Clinic elements
 * Description: Loads the clinic-elements script on every page, and lets authors and editors who may not post scripts keep the clinic-* tags in what they write.
 * Version: 0.1.0
 * Requires at least: 6.5
 *
 * An administrator installs it once, as wp-content/mu-plugins/clinic-elements.php
 * (or with a code-snippets plugin). Without it, WordPress removes the <script>
 * and every <clinic-*> tag from posts saved by users without the
 * "unfiltered_html" capability: authors, contributors, and everyone but super
 * admins on a multisite network. Their FAQ then shows as plain <details> and
 * the book button as a plain link.
 */

// One <script type="module"> on every page, and the small pre-upgrade
// stylesheet that keeps the text below the elements from moving when it runs,
// without a ?ver= query string.
add_action(
	'wp_enqueue_scripts',
	function () {
		wp_enqueue_style(
			'clinic-elements',
			'https://cdn.jsdelivr.net/npm/clinic-elements@0.1/dist/cdn/clinic-elements.css',
			array(),
			null
		);
		// WordPress before 6.5 has no script modules: load nothing rather
		// than stop every page (a must-use plugin cannot be switched off).
		if ( function_exists( 'wp_enqueue_script_module' ) ) {
			wp_enqueue_script_module(
				'clinic-elements',
				'https://cdn.jsdelivr.net/npm/clinic-elements@0.1/dist/cdn/clinic-elements.js',
				array(),
				null
			);
		}
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
