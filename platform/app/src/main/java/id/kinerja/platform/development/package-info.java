/** Development: training recommendations from the region's rules and catalog, and the plan. */
package id.kinerja.platform.development;
