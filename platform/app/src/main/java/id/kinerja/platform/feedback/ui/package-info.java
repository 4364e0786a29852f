/** The 360 feedback pages: answering about colleagues, one's own results, the rating inputs. */
package id.kinerja.platform.feedback.ui;
