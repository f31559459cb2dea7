/**
 * Evidence (bukti dukung): the documents that prove a step was done, a figure was reported or a
 * finding was followed up, kept in the store next to the data they prove. A file is judged by
 * its content (never its name), hashed when stored, and only ever served to the tenant it
 * belongs to, as a download the browser does not render.
 */
package id.patuh.evidence;
