/** Health sector indicators: patient waiting and service time, patient satisfaction. */
package id.kinerja.plugins.health;
