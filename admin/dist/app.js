var H,Zt,To,ke,It,ut,en,at,tn,wt,$t,nn,Ye=Symbol.for("pv"),pt={},ct=[],No=/^m(i|n|o|s|text|space)$/,St=Array.isArray,rn=ct.slice,_e=Object.assign;function Ne(t){t&&t.parentNode&&t.remove()}function st(t,n,r,o,i){var d={type:t,props:n,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Ye,__v:i||++Zt,__i:-1,__u:0};return!i&&H.vnode&&H.vnode(d),d}function T(t){return t.children}function dt(t,n){this.props=t,this.context=n,this.__g=0}function Ie(t,n){if(n==null)return t.__&&Ie(t.__,t.__i+1);for(var r;n<t.__k.length;n++)if((r=t.__k[n])&&r.__e)return r.__e;return typeof t.type!="function"||t.props.__P?null:Ie(t)}function _o(t){var n,r=t.__v,o=r.__e,i=[],d=[],l=t.__P;l&&((n=_e({constructor:Ye},r)).__v=r.__v+1,H.vnode&&H.vnode(n),xt(l,n,r,t.__n,l.namespaceURI,32&r.__u?[o]:null,i,o||Ie(r),32&r.__u,d),n.__v=r.__v,n.__.__k[n.__i]=n,un(i,n,d),r.__=r.__e=null,n.__e!=o&&on(n))}function on(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),on(t)}function Pt(t){(8&t.__g||(t.__g|=8,ke.push(t),ut++))&&It==H.debounceRendering||((It=H.debounceRendering)||queueMicrotask)(an)}function an(){try{for(var t,n=1;ke.length;)ke.length>n&&ke.sort(en),t=ke.shift(),n=ke.length,8&t.__g&&_o(t)}finally{(ut=ke.length)&&(It||queueMicrotask)(an)}}function sn(t,n,r,o,i,d,l,a,f,m,u){var b,y,c,P,A,v,O=o.__k||ct,E=n.length;for(f=Mo(r,n,O,f,E),b=0;b<E;b++)(c=r.__k[b])!=null&&(y=~c.__i&&O[c.__i]||pt,c.__i=b,v=xt(t,c,y,i,d,l,a,f,m,u),P=c.__e,(y.ref!=c.ref||8&y.__u)&&(y.ref&&Tt(y.ref,null,c,y),c.ref&&u.push(c.ref,c.__c||P,c)),A=A||P,4&c.__u?(f=dn(c,f,t,!y.__v),y.__e&&(y.__e=null)):typeof c.type=="function"&&v!==void 0?f=v:P&&(f=P.nextSibling),c.__u&=-21);return r.__e=A,f}function Mo(t,n,r,o,i){var d,l,a,f,m,u,b,y,c,P=r.length,A=P,v=0,O=0,E=t.__k=Array(i);for(d=0;d<i;d++)(l=n[d])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l!="object"||l.constructor===String?l=E[d]=st(null,l):St(l)?l=E[d]=st(T,{children:l}):l.constructor===Ye&&l.__b?l=E[d]=st(l.type,l.props,l.key,l.ref,l.__v):E[d]=l,f=d+v,l.__=t,l.__b=t.__b+1,a=null,~(m=l.__i=Eo(l,r,f,A))&&(A--,(a=r[m])&&(a.__u|=2)),a&&a.__v?(l.__u|=16,m==f-1?v--:m==f+1?v++:m!=f&&(m>f?v--:v++,O=1)):(~m||(i>P?v--:i<P&&v++),typeof l.type!="function"&&(l.__u|=4))):E[d]=null;if(O){for(u=[],b=[],d=0;d<i;d++)if((l=E[d])&&16&l.__u){for(v=0,y=u.length;v<y;)u[c=v+y>>1]<l.__i?v=c+1:y=c;u[v]=l.__i,b[d]=v+1}for(v=u.length;d--;)b[d]&&(b[d]==v?v--:E[d].__u|=4)}if(A)for(d=0;d<P;d++)!(a=r[d])||2&a.__u||(a.__e==o&&(o=Ie(a)),Nt(a,a));return o}function dn(t,n,r,o){var i,d,l,a;if(typeof t.type=="function"){if(t.props.__P)return n;if(i=t.__k)for(d=0;d<i.length;d++)i[d]&&(i[d].__=t,n=dn(i[d],n,r,!1));return n}for(n&&!n.parentNode&&(n=Ie(t))&&!n.parentNode&&(n=null),l=t.__e,a=n;a&&a.nodeType==8;)a=a.nextSibling;for(l!=a&&(!o&&r.moveBefore&&l.parentNode?r.moveBefore(l,n):r.insertBefore(l,n||null)),n=l;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function Eo(t,n,r,o){var i,d=t.key,l=t.type,a=n[r],f=a&&!(2&a.__u);if(a===null&&d==null||f&&d==a.key&&l==a.type)return r;if(o>(f?1:0)){for(i=r-1;i>=0;i--)if((a=n[i])&&!(2&a.__u)&&d==a.key&&l==a.type)return i;for(i=r+1;i<n.length;i++)if((a=n[i])&&!(2&a.__u)&&d==a.key&&l==a.type)return i}return-1}function Xt(t,n,r){r==null&&(r=""),n[0]=="-"?t.setProperty(n,r):t[n]=r}function ot(t,n,r,o,i){var d,l;if(n=="style")if(typeof r=="string")t.style.cssText=r;else{if(typeof o=="string"&&(t.style.cssText=o=""),o)for(n in o)r&&n in r||Xt(t.style,n);if(r)for(n in r)o&&r[n]==o[n]||Xt(t.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(t.__e||(t.__e={}))[n]=r,r&&o||(l=$t[n]||($t[n]=qo(n)),(t.__a||(t.__a={}))[n]=wt,d=n!=(n=n.replace(tn,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?t.addEventListener(n,l,d):t.removeEventListener(n,l,d));else{if(i=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&r==1?"":r)}}function qo(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[at]==null)n[at]=wt++;else if(n[at]<this.__a[t])return;return r(H.event?H.event(n):n)}}}function xt(t,n,r,o,i,d,l,a,f,m){var u,b,y,c,P,A,v,O,E,_,w,pe,ze,xe,U,Ge,ve,Te,De=n.type;if(n.constructor!==Ye)return null;128&r.__u&&(f=32&r.__u,u=r.__c.__z)&&(n.__u|=f,b=d=[],u.nodeType==8?a=lt(u,d):d.push(u),a=d[0]||a),(u=H.__b)&&u(n);e:if(typeof De=="function"){y=l.length;try{if(O=n.props,E=(u=De.prototype)&&u.render,_=(u=De.contextType)&&o[u.__c],w=u?_?_.props.value:u.__:o,(c=r.__c)?(n.__c=c,2&c.__g&&(c.__g|=1)):(E?n.__c=c=new De(O,w):(n.__c=c=new dt(O,w),c.constructor=De,c.render=Oo),_&&_.sub(c),c.state||(c.state={}),c.__n=o,c.__g|=8,c.__h=[],c.__k=[]),E&&(c.__s||(c.__s=c.state),De.getDerivedStateFromProps&&(c.__s==c.state&&(c.__s=_e({},c.__s)),_e(c.__s,De.getDerivedStateFromProps(O,c.__s)))),P=c.props,A=c.state,c.__v=n,r.__c){if(O!==P&&E&&!De.getDerivedStateFromProps&&c.componentWillReceiveProps&&c.componentWillReceiveProps(O,w),n.__v==r.__v&&!(8&c.__g)||!(4&c.__g)&&c.shouldComponentUpdate&&c.shouldComponentUpdate(O,c.__s,w)===!1){n.__v!=r.__v&&(c.props=O,c.state=c.__s,c.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(se){se&&(se.__=n)}),ct.push.apply(c.__h,c.__k),c.__k=[],c.__h.length&&l.push(c),a=Ie(r);break e}c.componentWillUpdate&&c.componentWillUpdate(O,c.__s,w),E&&c.componentDidUpdate&&c.__h.push(function(){c.componentDidUpdate(P,A,v)})}else E&&!De.getDerivedStateFromProps&&c.componentWillMount&&c.componentWillMount(),E&&c.componentDidMount&&c.__h.push(c.componentDidMount);c.context=w,c.props=O,c.__P=t,c.__g&=-5,pe=H.__r,ze=E?25:0;do c.__g&=-9,pe&&pe(n),u=c.render(c.props,c.state=c.__s,c.context);while(8&c.__g&&++ze<25);E&&(ct.push.apply(c.__h,c.__k),c.__k=[]),c.state=c.__s,c.getChildContext&&(o=_e({},o,c.getChildContext())),E&&r.__c&&c.getSnapshotBeforeUpdate&&(v=c.getSnapshotBeforeUpdate(P,A)),xe=u&&u.type===T&&u.key==null?u.props.children:u,O.__P&&(u=a,i=(t=O.__P).namespaceURI,f=d=null,r.props&&r.props.__P!=t&&(r.__k.some(function(se){se&&Nt(se,se)}),r.__k=null),a=r.__k?Ie(r,0):null),a=sn(t,St(xe)?xe:[xe],n,r,o,i,d,l,a,f,m),O.__P&&(n.__e=null,a=u),n.__u&=-161,b&&b.some(Ne),c.__h.length&&l.push(c),1&c.__g&&(c.__g&=-4)}catch(se){if(l.length=y,n.__v=null,f||d)if(se&&se.then){if(n.__u|=128|f,d){for(~(ve=d.indexOf(a||void 0))||(ve=d.length);(Te=d[ve-1])&&Te.nodeType==8;)ve--;for(;ve<d.length;ve++)if(Te=d[ve])if(d[ve]=null,U){if(Te==Ge)break}else{if(Te.nodeType!=8)break;Te.data.startsWith("$s")&&(Ge=lt(U=Te))}}if(!U){for(;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;U=a}(u=lt(U=n.__c.__z||(n.__c.__z=U)))?(n.__e=U,a=u):n.__e=a,a=a&&a.nextSibling}else d&&d.some(Ne);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),se&&se.then||ln(n),H.__e(se,n,r)}}else a=n.__e=Ro(r.__e,n,r,o,i,d,l,f,m,t);return(u=H.diffed)&&u(n),a}function lt(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var r=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))r++;else if(t.data.startsWith("/$s")&&!--r)return t}n&&n.push(t)}}function ln(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(ln))}function un(t,n,r){for(var o=0;o<r.length;)Tt(r[o++],r[o++],r[o++]);H.__c&&H.__c(n,t),t.some(function(i){try{t=i.__h,i.__h=[],t.some(function(d){d.call(i)})}catch(d){H.__e(d,i.__v)}})}function Ro(t,n,r,o,i,d,l,a,f,m){var u,b,y,c,P,A,v,O,E=r.props||pt,_=n.props,w=n.type;if(w=="svg"?i="http://www.w3.org/2000/svg":w=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),d){for(u=0;u<d.length;u++)if((P=d[u])&&(w?P.localName==w:P.nodeType==3)){t=P,d[u]=null;break}}if(!t){if(O=m.ownerDocument||document,!w)return O.createTextNode(_);t=O.createElementNS(i,w,_.is?_:m),a&&(H.__m&&H.__m(n,d),a=!1),d=null}if(w){if(m=w=="template"&&t.content||t,d=w=="textarea"&&_.defaultValue!=null?null:d&&rn.call(m.childNodes),!a&&d)for(E={},u=0;u<t.attributes.length;u++)E[(P=t.attributes[u]).name]=P.value;for(u in E)P=E[u],u=="dangerouslySetInnerHTML"?y=P:u=="children"||u in _||u=="value"&&"defaultValue"in _||u=="checked"&&"defaultChecked"in _||ot(t,u,null,P,i);for(u in _)P=_[u],u=="children"?c=P:u=="dangerouslySetInnerHTML"?b=P:u=="value"?A=P:u=="checked"?v=P:a&&typeof P!="function"||E[u]===P||ot(t,u,P,E[u],i);b?(a||y&&(b.__html==y.__html||b.__html==t.innerHTML)||(t.innerHTML=b.__html),n.__k=[]):(y&&(t.textContent=""),(w=="foreignObject"||i=="http://www.w3.org/1998/Math/MathML"&&No.test(w))&&(i="http://www.w3.org/1999/xhtml"),sn(m,St(c)?c:[c],n,r,o,i,d,l,d?d[0]:r.__k&&Ie(r,0),a,f),d&&d.some(Ne)),a&&w!="textarea"||(u="value",w=="progress"&&A==null?t.removeAttribute(u):A==null||A===t[u]&&(w!="progress"||A)||ot(t,u,A,E[u],i),u="checked",v!=null&&v!=t[u]&&ot(t,u,v,E[u],i))}else E===_||a&&t.data==_||(t.data=_);return t}function Tt(t,n,r,o){try{typeof t=="function"?n?n.__x=t(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(i){H.__e(i,r)}}function Nt(t,n,r){var o,i,d,l;if(H.unmount&&H.unmount(t),!(o=t.ref)||o.current&&o.current!=t.__e||Tt(o,null,n,t),o=t.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){H.__e(a,n)}o.__P=o.__n=null}if(o=t.__k)for(l=0;l<o.length;l++)o[l]&&Nt(o[l],n,typeof t.type!="function"||r&&!t.props.__P);!r&&(o=t.__c)&&(o=o.__z)&&(i=lt(o,d=[]))&&(o==t.__e&&d.some(Ne),Ne(i),Ne(o)),r||Ne(t.__e),t.__e=t.__c=t.__=null}function Oo(t,n,r){return this.constructor(t,r)}function pn(t,n){var r,o,i,d;H.__&&H.__(t,n),n.nodeType==9&&(n=n.documentElement),o=(r=t&&32&t.__u)?null:n.__k,n.__k=st(T,{children:[t]}),i=[],d=[],xt(n,n.__k,o||pt,pt,n.namespaceURI,o?null:n.firstChild?rn.call(n.childNodes):null,i,o?o.__e:n.firstChild,r,d),un(i,n.__k,d),n.__k.props.children=null}function cn(t){function n(r){var o,i;return this.getChildContext||(o=new Set,(i={})[n.__c]=this,this.getChildContext=function(){return i},this.shouldComponentUpdate=function(d){this.props.value!=d.value&&o.forEach(function(l){l.__g|=4,Pt(l)})},this.sub=function(d){o.add(d);var l=d.componentWillUnmount;d.componentWillUnmount=function(){o.delete(d),l&&l.call(d)}}),r.children}return n.__c="__cC"+nn++,n.__=t,n.Provider=(n.Consumer=function(r,o){return r.children(o)}).contextType=n,n}H={__e:function(t,n,r,o){for(var i,d,l;n=n.__;)if((i=n.__c)&&!(1&i.__g)){i.__g|=4;try{if((l=(d=i.constructor)&&d.getDerivedStateFromError)&&i.setState(d.getDerivedStateFromError(t)),i.componentDidCatch&&(i.componentDidCatch(t,o||{}),l=1),l&&8&i.__g)return void(i.__g|=2)}catch(a){t=a}}throw ut=0,t}},Zt=0,To=function(t){return t!=null&&t.constructor===Ye},dt.prototype.setState=function(t,n){var r=this.__s;r&&r!=this.state||(r=this.__s=_e({},this.state)),typeof t=="function"&&(t=t(_e({},r),this.props)),t&&(_e(r,t),this.__v&&(n&&this.__k.push(n),Pt(this)))},dt.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),Pt(this))},dt.prototype.render=T,ke=[],ut=0,en=function(t,n){return t.__v.__b-n.__v.__b},at=Symbol(),tn=/(PointerCapture)$|Capture$/i,wt=0,$t={},nn=0;var Me,G,_t,mn,Mt=Object.is,Xe=0,vn=[],Et=[],X=H,gn=X.__b,fn=X.__r,yn=X.diffed,hn=X.__c,bn=X.unmount,Dn=X.__;function Ze(t,n){X.__h&&X.__h(G,t,Xe||n),Xe=0;var r=G.__H||(G.__H={__:[],__h:[]});return t>=r.__.length&&r.__.push({}),r.__[t]}function h(t){return Xe=1,Lo(wn,t)}function Lo(t,n,r){var o=Ze(Me++,2);if(o.t=t,!o.__c&&(o.__=[r?r(n):wn(void 0,n),function(d){var l=(o.__N||o.__)[0],a=o.t(l,d);Mt(l,a)||(o.__N=[a,o.__[1]],o.__c.setState({}))}],o.__c=G,!G.__f)){G.__f=!0;var i=G.shouldComponentUpdate;G.shouldComponentUpdate=function(d,l,a){var f=this.__H;if(!f)return!0;var m=!1,u=this.props!=d;if(f.__.some(function(y){y.__N&&(m=!0,Mt(y.__[0],y.__N[0])||(u=!0))}),i){var b=i.call(this,d,l,a);return m?b||u:b}return!m||u}}return o.__}function Z(t,n){var r=Ze(Me++,3);!X.__s&&Pn(r.__H,n)&&(r.__P=!0,r.__=t,r.u=n,G.__H.__h.push(r))}function Ce(t){return Xe=5,kn(function(){return{current:t}},[])}function kn(t,n){var r=Ze(Me++,7);return Pn(r.__H,n)&&(r.__=t(),r.__H=n),r.__}function In(t,n){return Xe=8,kn(function(){return t},n)}function $n(t){var n=G.context[t.__c],r=Ze(Me++,9);return r.c=t,n?(r.__==null&&(r.__=!0,n.sub(G)),n.props.value):t.__}function ie(){var t=Ze(Me++,11);if(!t.__){for(var n=G.__v;!n.__m&&n.__;)n=n.__;var r=n.__m||(n.__m=[0,0]);t.__="P"+r[0]+"-"+r[1]++}return t.__}function Fo(){var t;do{for(;t=Et.shift();)try{Je(t)}catch(r){X.__e(r,{__:(t=t.__P)&&t.__v})}for(;t=vn.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(Je),n.__h.some(qt),n.__h=[]}catch(r){n.__h=[],X.__e(r,t.__v)}}}while(Et.length)}X.__b=function(t){G=null,gn&&gn(t)},X.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),Dn&&Dn(t,n)},X.__r=function(t){fn&&fn(t),Me=0;var n=(G=t.__c).__H;n&&(_t==G?G.__h=[]:(n.__h.some(Je),n.__h.some(qt),Me=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),_t=G},X.diffed=function(t){yn&&yn(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&An(vn.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),_t=G=null},X.__c=function(t,n){n.some(function(r){try{r.__h.some(Je),r.__h=r.__h.filter(function(o){return!o.__||qt(o)})}catch(o){r.__h=[function(){throw o}]}}),hn&&hn(t,n)},X.unmount=function(t){bn&&bn(t);var n,r,o=t.__c;o&&o.__H&&(o.__H.__.some(function(i){try{if(i.__P&&i.__c){if(r===void 0){for(r=t.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}i.__P=r,An(Et.push(i))}else Je(i)}catch(d){n=d}}),o.__H=void 0,n&&X.__e(n,o.__v))};var Cn=typeof requestAnimationFrame=="function";function jo(t){var n,r=function(){clearTimeout(o),Cn&&cancelAnimationFrame(n),setTimeout(t)},o=setTimeout(r,35);Cn&&(n=requestAnimationFrame(r))}function An(t){t!=1&&mn==X.requestAnimationFrame||((mn=X.requestAnimationFrame)||jo)(Fo)}function Je(t){var n=G,r=t.__c;typeof r=="function"&&(t.__c=void 0,r()),G=n}function qt(t){var n=G;t.__c=t.__(),G=n}function Pn(t,n){return!t||t.length!=n.length||n.some(function(r,o){return!Mt(r,t[o])})}function wn(t,n){return typeof n=="function"?n(t):n}var Sn="pppdesk.admin.lang",Ot=Uo(),Rt=new Set;function Uo(){try{return localStorage.getItem(Sn)==="en"?"en":"ja"}catch{return"ja"}}function me(){return Ot}function xn(t){Ot=t;try{localStorage.setItem(Sn,t)}catch{}document.documentElement.lang=t,Rt.forEach(n=>n())}function Tn(t){return Rt.add(t),()=>Rt.delete(t)}function $e(t,n){return(r,o)=>{let i=(Ot==="en"?n[r]:t[r])??String(r);return o?i.replace(/\{(\w+)\}/g,(d,l)=>l in o?String(o[l]):d):i}}var D=$e({appName:"公民連携デスク 管理画面",skipToMain:"本文へ移動",language:"言語",switchLang:"English",signIn:"サインイン",signOut:"サインアウト",signingIn:"サインイン中…",email:"メールアドレス",password:"パスワード",municipality:"自治体（省略可）",municipalityHelp:"複数の自治体を運用しているときだけ、自治体の識別名（例: aomori）を入力します。",signInTitle:"職員サインイン",signedInAs:"{name}（{dept}）",home:"ホーム",mainNav:"メインメニュー",loading:"読み込み中…",retry:"再読み込み",save:"保存",cancel:"キャンセル",ok:"OK",confirm:"確認",close:"閉じる",next:"次へ",prev:"前へ",first:"最初へ",totalCount:"全{n}件",pageInfo:"{from}〜{to}件目 / 全{n}件",empty:"該当するものはありません。",notFound:"お探しのページは見つかりません。",backHome:"ホームへ戻る",required:"必須",yes:"はい",no:"いいえ",proposerOnly:"この管理画面は職員用です。提案者の方は提案用のポータルをご利用ください。",errBadInput:"入力内容を確認してください。",errConflict:"ほかの人が先に変更しました。画面を再読み込みしてからやり直してください。",errForbidden:"この操作を行う権限がありません。",errNotFound:"対象が見つかりません（削除されたか、見る権限がありません）。",errUnauthenticated:"サインインの有効期限が切れました。もう一度サインインしてください。",errRateLimited:"操作が続いたため一時的に受け付けを止めています。少し待ってからやり直してください。",errUnavailable:"サーバーが一時的に応答できません。少し待ってからやり直してください。",errInternal:"サーバーで問題が起きました。時間をおいてやり直し、続く場合はシステム担当へ連絡してください。",errNetwork:"サーバーに接続できません。ネットワークを確認してください。",errField:"項目「{field}」",serverSays:"サーバーからの説明: {msg}",loginFailed:"メールアドレスまたはパスワードが違います。"},{appName:"PPP Desk Admin",skipToMain:"Skip to main content",language:"Language",switchLang:"日本語",signIn:"Sign in",signOut:"Sign out",signingIn:"Signing in…",email:"Email",password:"Password",municipality:"Municipality (optional)",municipalityHelp:"Only when the server runs several municipalities: its identifier (e.g. aomori).",signInTitle:"Staff sign-in",signedInAs:"{name} ({dept})",home:"Home",mainNav:"Main menu",loading:"Loading…",retry:"Reload",save:"Save",cancel:"Cancel",ok:"OK",confirm:"Confirm",close:"Close",next:"Next",prev:"Previous",first:"First page",totalCount:"{n} in total",pageInfo:"{from}–{to} of {n}",empty:"Nothing matches.",notFound:"This page does not exist.",backHome:"Back to home",required:"required",yes:"Yes",no:"No",proposerOnly:"This admin is for staff. Proposers please use the proposal portal.",errBadInput:"Please check your input.",errConflict:"Someone changed this first. Reload the page and try again.",errForbidden:"You may not do this.",errNotFound:"Not found (deleted, or you may not see it).",errUnauthenticated:"Your sign-in has expired. Please sign in again.",errRateLimited:"Too many attempts for now. Wait a little and try again.",errUnavailable:"The server cannot answer right now. Try again shortly.",errInternal:"The server had a problem. Try again later; if it persists, contact the system administrator.",errNetwork:"Cannot reach the server. Check the network.",errField:'Field "{field}"',serverSays:"Server: {msg}",loginFailed:"Wrong email or password."});var Lt="pppdesk.admin.token";function Ee(){try{return sessionStorage.getItem(Lt)}catch{return null}}function qe(t){try{t?sessionStorage.setItem(Lt,t):sessionStorage.removeItem(Lt)}catch{}Ft.forEach(n=>n(t!==null))}var Ft=new Set;function Nn(t){return Ft.add(t),()=>Ft.delete(t)}var _n=new URL("../",location.href),Bo=new URL("graphql",_n),Q=class extends Error{constructor(r,o,i){super(o);this.code=r;this.serverMessage=o;this.field=i}code;serverMessage;field;clerkMessage(){let o=[{BAD_USER_INPUT:D("errBadInput"),CONFLICT:D("errConflict"),FORBIDDEN:D("errForbidden"),NOT_FOUND:D("errNotFound"),UNAUTHENTICATED:D("errUnauthenticated"),RATE_LIMITED:D("errRateLimited"),UNAVAILABLE:D("errUnavailable"),INTERNAL:D("errInternal"),NETWORK:D("errNetwork")}[this.code]];return this.field&&o.push(D("errField",{field:this.field})),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&o.push(D("serverSays",{msg:this.serverMessage})),o.join(" ")}};function Mn(t){return t instanceof Q?t.clerkMessage():D("errInternal")}var Vo=new Set(["BAD_USER_INPUT","CONFLICT","FORBIDDEN","NOT_FOUND","UNAUTHENTICATED","RATE_LIMITED","UNAVAILABLE","INTERNAL"]);function Ho(t){let n=t.extensions?.code??"INTERNAL";return new Q(Vo.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function En(t,n){let r=Ee();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json";let o;try{o=await fetch(Bo,{...t,headers:n,credentials:"omit",cache:"no-store"})}catch{throw new Q("NETWORK","")}let i;try{i=await o.json()}catch{throw new Q(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(i.errors&&i.errors.length>0){let d=Ho(i.errors[0]);throw d.code==="UNAUTHENTICATED"&&r&&qe(null),d}if(!i.data)throw new Q("INTERNAL",`HTTP ${o.status}`);return i.data}function x(t,n,r={}){let o={"Content-Type":"application/json"};return r.municipality&&(o["X-Municipality"]=r.municipality),En({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},o)}function mt(t,n,r){let o=new FormData;o.append("operations",JSON.stringify({query:t.toString(),variables:n}));let i={};return r.forEach((d,l)=>i[String(l)]=[d.path]),o.append("map",JSON.stringify(i)),r.forEach((d,l)=>o.append(String(l),d.file,d.file.name)),En({method:"POST",body:o},{"GraphQL-Require-Preflight":"1"})}function jt(t){return new URL(t.replace(/^\/+/,""),_n)}async function qn(t,n){let r=Ee(),o;try{o=await fetch(jt(t),{headers:r?{Authorization:`Bearer ${r}`}:{},credentials:"omit"})}catch{throw new Q("NETWORK","")}if(o.status===401)throw qe(null),new Q("UNAUTHENTICATED","");if(o.status===403)throw new Q("FORBIDDEN","");if(o.status===404)throw new Q("NOT_FOUND","");if(!o.ok)throw new Q(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let i=URL.createObjectURL(await o.blob()),d=document.createElement("a");d.href=i,d.download=n,document.body.appendChild(d),d.click(),d.remove(),setTimeout(()=>URL.revokeObjectURL(i),1e4)}var k=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},Rn=new k(`
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}
    `,{fragmentName:"ContentMediaItem"}),On=new k(`
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}
    `,{fragmentName:"InboxRow"}),Ln=new k(`
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}
    `,{fragmentName:"ProposalPageFields"}),Fn=new k(`
    mutation Logout {
  logout
}
    `),jn=new k(`
    query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
  agreements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: SIGNED_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        signedOn
        parties {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),Un=new k(`
    query ContentAgreement($id: ID!) {
  agreement(id: $id) {
    id
    kind
    title
    purpose
    parties {
      id
      name
    }
    signedOn
    termStartOn
    termEndOn
    items
    merits {
      side
      description
    }
    status
    publicationState
    publishedAt
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Bn=new k(`
    mutation ContentAgreementCreate($input: AgreementInput!) {
  createAgreement(input: $input) {
    id
  }
}
    `),Vn=new k(`
    mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
  updateAgreement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Hn=new k(`
    mutation ContentAgreementDelete($id: ID!) {
  deleteAgreement(id: $id)
}
    `),Kn=new k(`
    query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
  announcements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: PUBLISHED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        category
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),Wn=new k(`
    query ContentAnnouncement($id: ID!) {
  announcement(id: $id) {
    id
    title
    body
    category
    publicationState
    publishedAt
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Qn=new k(`
    mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
  createAnnouncement(input: $input) {
    id
  }
}
    `),zn=new k(`
    mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
  updateAnnouncement(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),Gn=new k(`
    mutation ContentAnnouncementDelete($id: ID!) {
  deleteAnnouncement(id: $id)
}
    `),Yn=new k(`
    query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
  caseStudies(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        locality
        category
        startOn
        endOn
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),Jn=new k(`
    query ContentCaseStudy($id: ID!) {
  caseStudy(id: $id) {
    id
    title
    locality
    program
    category
    partners {
      id
      name
    }
    startOn
    endOn
    dateNote
    summary
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    tags
    publicationState
    publishedAt
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),Xn=new k(`
    mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
  }
}
    `),Zn=new k(`
    mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
  updateCaseStudy(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),er=new k(`
    mutation ContentCaseStudyDelete($id: ID!) {
  deleteCaseStudy(id: $id)
}
    `),tr=new k(`
    query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
  challenges(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: TITLE, direction: ASC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        department {
          name
        }
        opensAt
        closesAt
        isOpen
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),nr=new k(`
    query ContentChallenge($id: ID!) {
  challenge(id: $id) {
    id
    title
    background
    desiredOutcome
    department {
      id
      name
    }
    tags
    opensAt
    closesAt
    isOpen
    publicationState
    publishedAt
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),rr=new k(`
    mutation ContentChallengeCreate($input: ChallengeInput!) {
  createChallenge(input: $input) {
    id
  }
}
    `),ir=new k(`
    mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
  updateChallenge(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),or=new k(`
    mutation ContentChallengeDelete($id: ID!) {
  deleteChallenge(id: $id)
}
    `),ar=new k(`
    query ContentMethodList($first: Int, $after: String) {
  collaborationMethods(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        key
        name
        position
      }
    }
  }
}
    `),sr=new k(`
    query ContentMethod($id: ID!) {
  collaborationMethod(id: $id) {
    id
    key
    name
    description
    position
    version
  }
}
    `),dr=new k(`
    mutation ContentMethodCreate($input: CollaborationMethodInput!) {
  createCollaborationMethod(input: $input) {
    id
  }
}
    `),lr=new k(`
    mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
  updateCollaborationMethod(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),ur=new k(`
    mutation ContentMethodDelete($id: ID!) {
  deleteCollaborationMethod(id: $id)
}
    `),pr=new k(`
    mutation ContentMethodRestore($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),cr=new k(`
    query ContentPreview($token: String!) {
  preview(token: $token) {
    __typename
    id
    ... on Challenge {
      title
      background
      desiredOutcome
      department {
        name
      }
      tags
      opensAt
      closesAt
      media {
        ...ContentMediaItem
      }
    }
    ... on CaseStudy {
      title
      locality
      program
      caseCategory: category
      startOn
      endOn
      dateNote
      summary
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      media {
        ...ContentMediaItem
      }
    }
    ... on Agreement {
      title
      agreementKind: kind
      purpose
      parties {
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      agreementStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Project {
      title
      projectKind: kind
      summary
      startOn
      endOn
      site
      leadDepartment {
        name
      }
      partners {
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      projectStatus: status
      media {
        ...ContentMediaItem
      }
    }
    ... on Announcement {
      title
      body
      category
      media {
        ...ContentMediaItem
      }
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),mr=new k(`
    query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
  projects(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        title
        kind
        status
        startOn
        endOn
        leadDepartment {
          name
        }
        publicationState
        publishedAt
        updatedAt
      }
    }
  }
}
    `),gr=new k(`
    query ContentProject($id: ID!) {
  project(id: $id) {
    id
    kind
    title
    summary
    startOn
    endOn
    site
    leadDepartment {
      id
      name
    }
    partners {
      id
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    status
    agreement {
      id
      title
    }
    publicationState
    publishedAt
    version
    updatedAt
    media {
      ...ContentMediaItem
    }
  }
}
    fragment ContentMediaItem on Media {
  id
  fileName
  contentType
  size
  url
  alt
}`),fr=new k(`
    query ContentProjectAgreements {
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),yr=new k(`
    mutation ContentProjectCreate($input: ProjectInput!) {
  createProject(input: $input) {
    id
  }
}
    `),hr=new k(`
    mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
  updateProject(id: $id, input: $input, version: $version) {
    id
    version
  }
}
    `),br=new k(`
    mutation ContentProjectDelete($id: ID!) {
  deleteProject(id: $id)
}
    `),Dr=new k(`
    mutation ContentPublish($id: ID!, $at: DateTime) {
  publish(id: $id, at: $at) {
    id
  }
}
    `),Cr=new k(`
    mutation ContentUnpublish($id: ID!) {
  unpublish(id: $id) {
    id
  }
}
    `),Ar=new k(`
    mutation ContentArchive($id: ID!) {
  archive(id: $id) {
    id
  }
}
    `),vr=new k(`
    mutation ContentRestoreDeleted($id: ID!) {
  restoreDeleted(id: $id) {
    id
  }
}
    `),kr=new k(`
    mutation ContentPreviewToken($id: ID!) {
  createPreviewToken(id: $id) {
    token
    expiresAt
  }
}
    `),Ir=new k(`
    query ContentRevisions($id: ID!) {
  revisions(id: $id) {
    id
    number
    author {
      displayName
    }
    createdAt
    pending
  }
}
    `),$r=new k(`
    mutation ContentRestoreRevision($id: ID!) {
  restoreRevision(id: $id) {
    id
  }
}
    `),Pr=new k(`
    mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
  attachMedia(contentId: $contentId, file: $file, alt: $alt) {
    id
    fileName
  }
}
    `),wr=new k(`
    mutation ContentUpdateMedia($id: ID!, $alt: String!) {
  updateMedia(id: $id, alt: $alt) {
    id
    alt
  }
}
    `),Sr=new k(`
    mutation ContentDeleteMedia($id: ID!) {
  deleteMedia(id: $id)
}
    `),xr=new k(`
    query ContentDepartments {
  municipality {
    departments {
      id
      name
    }
  }
}
    `),Tr=new k(`
    query ContentPartners($search: String) {
  partners(first: 30, filter: { search: $search }) {
    totalCount
    edges {
      node {
        id
        name
      }
    }
  }
}
    `),Nr=new k(`
    query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
  users(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        id
        displayName
        email
        role
        disabled
        createdAt
        department {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),_r=new k(`
    query DeskAccountDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `),Mr=new k(`
    mutation DeskCreateStaff($input: StaffAccountInput!) {
  createStaffAccount(input: $input) {
    id
    displayName
  }
}
    `),Er=new k(`
    mutation DeskDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    id
    disabled
  }
}
    `),qr=new k(`
    mutation DeskEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    id
    disabled
  }
}
    `),Rr=new k(`
    query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    edges {
      cursor
      node {
        actor {
          id
          displayName
        }
        action
        targetType
        targetId
        changes
        at
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Or=new k(`
    query DeskAuditActors {
  users(first: 100) {
    edges {
      node {
        id
        displayName
        role
      }
    }
  }
}
    `),Lr=new k(`
    query DeskDepartments {
  municipality {
    id
    departments {
      id
      name
      kind
      version
      parent {
        id
      }
    }
  }
}
    `),Fr=new k(`
    mutation DeskDepartmentCreate($input: DepartmentInput!) {
  createDepartment(input: $input) {
    id
    name
  }
}
    `),jr=new k(`
    mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
  updateDepartment(id: $id, input: $input, version: $version) {
    id
    name
    version
  }
}
    `),Ur=new k(`
    mutation DeskDepartmentDelete($id: ID!) {
  deleteDepartment(id: $id)
}
    `),Br=new k(`
    query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
  inquiries(first: $first, after: $after, status: $status) {
    edges {
      cursor
      node {
        id
        affiliation
        name
        subject
        status
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    totalCount
  }
}
    `),Vr=new k(`
    query DeskInquiry($id: ID!) {
  node(id: $id) {
    ... on Inquiry {
      id
      affiliation
      name
      email
      phone
      subject
      body
      status
      createdAt
      answeredAt
      forwardedTo {
        id
        name
      }
      replies {
        id
        subject
        body
        sentBy
        sentAt
      }
    }
  }
}
    `),Hr=new k(`
    mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {
  replyToInquiry(id: $id, input: $input) {
    id
    answeredAt
  }
}
    `),Kr=new k(`
    mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {
  forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {
    id
    forwardedTo {
      id
    }
  }
}
    `),Wr=new k(`
    query DeskInquiryDepartments {
  municipality {
    id
    departments {
      id
      name
      parent {
        id
      }
    }
  }
}
    `),Qr=new k(`
    mutation DeskInquiryClose($id: ID!) {
  closeInquiry(id: $id) {
    id
    status
  }
}
    `),zr=new k(`
    query DeskWebhookDeliveries($first: Int) {
  webhooks {
    id
    url
    events
    active
    createdAt
    deliveries(first: $first) {
      id
      event
      status
      attempts
      lastStatusCode
      lastError
      nextAttemptAt
      deliveredAt
      createdAt
    }
  }
}
    `),Gr=new k(`
    query DeskWebhooks {
  webhooks {
    id
    url
    events
    active
    createdAt
  }
}
    `),Yr=new k(`
    mutation DeskWebhookRegister($input: WebhookInput!) {
  registerWebhook(input: $input) {
    id
    url
  }
}
    `),Jr=new k(`
    mutation DeskWebhookDelete($id: ID!) {
  deleteWebhook(id: $id)
}
    `),Xr=new k(`
    query HomeAttention {
  proposals(first: 0, filter: { needsAttention: true }) {
    totalCount
  }
}
    `),Zr=new k(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    expiresAt
  }
}
    `),ei=new k(`
    mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
  assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ti=new k(`
    mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
  respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ni=new k(`
    mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
  decideProposal(id: $id, decision: $decision, reason: $reason) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ri=new k(`
    mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
  linkProposalOutcome(
    id: $id
    projectId: $projectId
    agreementId: $agreementId
    newProject: $newProject
    newAgreement: $newAgreement
  ) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ii=new k(`
    query ProposalAssignDepartments {
  municipality {
    departments {
      id
      name
      kind
      parent {
        id
      }
    }
  }
}
    `),oi=new k(`
    query ProposalLinkOutcomes {
  projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
  agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),ai=new k(`
    mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
  postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),si=new k(`
    mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),di=new k(`
    query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        ...InboxRow
      }
    }
  }
}
    fragment InboxRow on Proposal {
  id
  title
  kind
  status
  submittedAt
  unreadMessageCount
  overdue
  organization {
    name
  }
  challenge {
    title
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    respondedAt
  }
}`),li=new k(`
    query InboxOptions {
  municipality {
    departments {
      id
      name
      parent {
        id
      }
    }
  }
  challenges(first: 100) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),ui=new k(`
    query ProposalPage($id: ID!) {
  proposal(id: $id) {
    ...ProposalPageFields
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),pi=new k(`
    mutation ProposalMarkRead($id: ID!) {
  markProposalRead(id: $id) {
    proposal {
      ...ProposalPageFields
    }
  }
}
    fragment ProposalPageFields on Proposal {
  id
  kind
  title
  viewerActions
  unreadMessageCount
  overdue
  summary
  body
  desiredScheme
  status
  version
  submittedAt
  decidedAt
  createdAt
  challenge {
    id
    title
  }
  organization {
    name
  }
  resources {
    side
    kind
    description
  }
  merits {
    side
    description
  }
  contact {
    affiliation
    name
    email
    phone
  }
  assignments {
    department {
      id
      name
    }
    dueOn
    opinion
    feasible
    respondedAt
  }
  messages {
    id
    body
    internal
    createdAt
    author {
      kind
      displayName
      department {
        name
      }
    }
  }
  history {
    action
    from
    to
    reason
    at
    actor {
      kind
      displayName
      department {
        name
      }
    }
  }
  attachments {
    id
    fileName
    contentType
    size
    messageId
    downloadUrl
    createdAt
  }
  project {
    id
    title
  }
  agreement {
    id
    title
  }
}`),ci=new k(`
    query Viewer {
  me {
    id
    displayName
    role
    email
    department {
      id
      name
    }
  }
  municipality {
    name
    deskName
  }
  permissions {
    resource
    action
    scope
  }
}
    `);var Wo={"\n  mutation Logout {\n    logout\n  }\n":Fn,"\n  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          signedOn\n          parties {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":jn,"\n  query ContentAgreement($id: ID!) {\n    agreement(id: $id) {\n      id\n      kind\n      title\n      purpose\n      parties {\n        id\n        name\n      }\n      signedOn\n      termStartOn\n      termEndOn\n      items\n      merits {\n        side\n        description\n      }\n      status\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":Un,"\n  mutation ContentAgreementCreate($input: AgreementInput!) {\n    createAgreement(input: $input) {\n      id\n    }\n  }\n":Bn,"\n  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {\n    updateAgreement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Vn,"\n  mutation ContentAgreementDelete($id: ID!) {\n    deleteAgreement(id: $id)\n  }\n":Hn,"\n  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {\n    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          category\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Kn,"\n  query ContentAnnouncement($id: ID!) {\n    announcement(id: $id) {\n      id\n      title\n      body\n      category\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":Wn,"\n  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      id\n    }\n  }\n":Qn,"\n  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {\n    updateAnnouncement(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":zn,"\n  mutation ContentAnnouncementDelete($id: ID!) {\n    deleteAnnouncement(id: $id)\n  }\n":Gn,"\n  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          locality\n          category\n          startOn\n          endOn\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":Yn,"\n  query ContentCaseStudy($id: ID!) {\n    caseStudy(id: $id) {\n      id\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":Jn,"\n  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {\n    createCaseStudy(input: $input) {\n      id\n    }\n  }\n":Xn,"\n  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {\n    updateCaseStudy(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":Zn,"\n  mutation ContentCaseStudyDelete($id: ID!) {\n    deleteCaseStudy(id: $id)\n  }\n":er,"\n  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {\n    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          department {\n            name\n          }\n          opensAt\n          closesAt\n          isOpen\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":tr,"\n  query ContentChallenge($id: ID!) {\n    challenge(id: $id) {\n      id\n      title\n      background\n      desiredOutcome\n      department {\n        id\n        name\n      }\n      tags\n      opensAt\n      closesAt\n      isOpen\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":nr,"\n  mutation ContentChallengeCreate($input: ChallengeInput!) {\n    createChallenge(input: $input) {\n      id\n    }\n  }\n":rr,"\n  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {\n    updateChallenge(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":ir,"\n  mutation ContentChallengeDelete($id: ID!) {\n    deleteChallenge(id: $id)\n  }\n":or,"\n  query ContentMethodList($first: Int, $after: String) {\n    collaborationMethods(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          key\n          name\n          position\n        }\n      }\n    }\n  }\n":ar,"\n  query ContentMethod($id: ID!) {\n    collaborationMethod(id: $id) {\n      id\n      key\n      name\n      description\n      position\n      version\n    }\n  }\n":sr,"\n  mutation ContentMethodCreate($input: CollaborationMethodInput!) {\n    createCollaborationMethod(input: $input) {\n      id\n    }\n  }\n":dr,"\n  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {\n    updateCollaborationMethod(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":lr,"\n  mutation ContentMethodDelete($id: ID!) {\n    deleteCollaborationMethod(id: $id)\n  }\n":ur,"\n  mutation ContentMethodRestore($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":pr,"\n  query ContentPreview($token: String!) {\n    preview(token: $token) {\n      __typename\n      id\n      ... on Challenge {\n        title\n        background\n        desiredOutcome\n        department {\n          name\n        }\n        tags\n        opensAt\n        closesAt\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on CaseStudy {\n        title\n        locality\n        program\n        caseCategory: category\n        startOn\n        endOn\n        dateNote\n        summary\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        tags\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Agreement {\n        title\n        agreementKind: kind\n        purpose\n        parties {\n          name\n        }\n        signedOn\n        termStartOn\n        termEndOn\n        items\n        merits {\n          side\n          description\n        }\n        agreementStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Project {\n        title\n        projectKind: kind\n        summary\n        startOn\n        endOn\n        site\n        leadDepartment {\n          name\n        }\n        partners {\n          name\n        }\n        resources {\n          side\n          kind\n          description\n        }\n        merits {\n          side\n          description\n        }\n        projectStatus: status\n        media {\n          ...ContentMediaItem\n        }\n      }\n      ... on Announcement {\n        title\n        body\n        category\n        media {\n          ...ContentMediaItem\n        }\n      }\n    }\n  }\n":cr,"\n  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {\n    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          kind\n          status\n          startOn\n          endOn\n          leadDepartment {\n            name\n          }\n          publicationState\n          publishedAt\n          updatedAt\n        }\n      }\n    }\n  }\n":mr,"\n  query ContentProject($id: ID!) {\n    project(id: $id) {\n      id\n      kind\n      title\n      summary\n      startOn\n      endOn\n      site\n      leadDepartment {\n        id\n        name\n      }\n      partners {\n        id\n        name\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      status\n      agreement {\n        id\n        title\n      }\n      publicationState\n      publishedAt\n      version\n      updatedAt\n      media {\n        ...ContentMediaItem\n      }\n    }\n  }\n":gr,"\n  query ContentProjectAgreements {\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":fr,"\n  mutation ContentProjectCreate($input: ProjectInput!) {\n    createProject(input: $input) {\n      id\n    }\n  }\n":yr,"\n  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {\n    updateProject(id: $id, input: $input, version: $version) {\n      id\n      version\n    }\n  }\n":hr,"\n  mutation ContentProjectDelete($id: ID!) {\n    deleteProject(id: $id)\n  }\n":br,"\n  mutation ContentPublish($id: ID!, $at: DateTime) {\n    publish(id: $id, at: $at) {\n      id\n    }\n  }\n":Dr,"\n  mutation ContentUnpublish($id: ID!) {\n    unpublish(id: $id) {\n      id\n    }\n  }\n":Cr,"\n  mutation ContentArchive($id: ID!) {\n    archive(id: $id) {\n      id\n    }\n  }\n":Ar,"\n  mutation ContentRestoreDeleted($id: ID!) {\n    restoreDeleted(id: $id) {\n      id\n    }\n  }\n":vr,"\n  mutation ContentPreviewToken($id: ID!) {\n    createPreviewToken(id: $id) {\n      token\n      expiresAt\n    }\n  }\n":kr,"\n  query ContentRevisions($id: ID!) {\n    revisions(id: $id) {\n      id\n      number\n      author {\n        displayName\n      }\n      createdAt\n      pending\n    }\n  }\n":Ir,"\n  mutation ContentRestoreRevision($id: ID!) {\n    restoreRevision(id: $id) {\n      id\n    }\n  }\n":$r,"\n  fragment ContentMediaItem on Media {\n    id\n    fileName\n    contentType\n    size\n    url\n    alt\n  }\n":Rn,"\n  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {\n    attachMedia(contentId: $contentId, file: $file, alt: $alt) {\n      id\n      fileName\n    }\n  }\n":Pr,"\n  mutation ContentUpdateMedia($id: ID!, $alt: String!) {\n    updateMedia(id: $id, alt: $alt) {\n      id\n      alt\n    }\n  }\n":wr,"\n  mutation ContentDeleteMedia($id: ID!) {\n    deleteMedia(id: $id)\n  }\n":Sr,"\n  query ContentDepartments {\n    municipality {\n      departments {\n        id\n        name\n      }\n    }\n  }\n":xr,"\n  query ContentPartners($search: String) {\n    partners(first: 30, filter: { search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n":Tr,"\n  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {\n    users(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          email\n          role\n          disabled\n          createdAt\n          department {\n            id\n            name\n          }\n          organization {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Nr,"\n  query DeskAccountDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":_r,"\n  mutation DeskCreateStaff($input: StaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      displayName\n    }\n  }\n":Mr,"\n  mutation DeskDisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":Er,"\n  mutation DeskEnableAccount($id: ID!) {\n    enableAccount(id: $id) {\n      id\n      disabled\n    }\n  }\n":qr,"\n  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      edges {\n        cursor\n        node {\n          actor {\n            id\n            displayName\n          }\n          action\n          targetType\n          targetId\n          changes\n          at\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Rr,"\n  query DeskAuditActors {\n    users(first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          role\n        }\n      }\n    }\n  }\n":Or,"\n  query DeskDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        kind\n        version\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Lr,"\n  mutation DeskDepartmentCreate($input: DepartmentInput!) {\n    createDepartment(input: $input) {\n      id\n      name\n    }\n  }\n":Fr,"\n  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {\n    updateDepartment(id: $id, input: $input, version: $version) {\n      id\n      name\n      version\n    }\n  }\n":jr,"\n  mutation DeskDepartmentDelete($id: ID!) {\n    deleteDepartment(id: $id)\n  }\n":Ur,"\n  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {\n    inquiries(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          id\n          affiliation\n          name\n          subject\n          status\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      totalCount\n    }\n  }\n":Br,"\n  query DeskInquiry($id: ID!) {\n    node(id: $id) {\n      ... on Inquiry {\n        id\n        affiliation\n        name\n        email\n        phone\n        subject\n        body\n        status\n        createdAt\n        answeredAt\n        forwardedTo {\n          id\n          name\n        }\n        replies {\n          id\n          subject\n          body\n          sentBy\n          sentAt\n        }\n      }\n    }\n  }\n":Vr,"\n  mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {\n    replyToInquiry(id: $id, input: $input) {\n      id\n      answeredAt\n    }\n  }\n":Hr,"\n  mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {\n    forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {\n      id\n      forwardedTo {\n        id\n      }\n    }\n  }\n":Kr,"\n  query DeskInquiryDepartments {\n    municipality {\n      id\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n  }\n":Wr,"\n  mutation DeskInquiryClose($id: ID!) {\n    closeInquiry(id: $id) {\n      id\n      status\n    }\n  }\n":Qr,"\n  query DeskWebhookDeliveries($first: Int) {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n      deliveries(first: $first) {\n        id\n        event\n        status\n        attempts\n        lastStatusCode\n        lastError\n        nextAttemptAt\n        deliveredAt\n        createdAt\n      }\n    }\n  }\n":zr,"\n  query DeskWebhooks {\n    webhooks {\n      id\n      url\n      events\n      active\n      createdAt\n    }\n  }\n":Gr,"\n  mutation DeskWebhookRegister($input: WebhookInput!) {\n    registerWebhook(input: $input) {\n      id\n      url\n    }\n  }\n":Yr,"\n  mutation DeskWebhookDelete($id: ID!) {\n    deleteWebhook(id: $id)\n  }\n":Jr,"\n  query HomeAttention {\n    proposals(first: 0, filter: { needsAttention: true }) {\n      totalCount\n    }\n  }\n":Xr,"\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      expiresAt\n    }\n  }\n":Zr,"\n  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {\n    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ei,"\n  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {\n    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ti,"\n  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {\n    decideProposal(id: $id, decision: $decision, reason: $reason) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ni,"\n  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {\n    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ri,"\n  query ProposalAssignDepartments {\n    municipality {\n      departments {\n        id\n        name\n        kind\n        parent {\n          id\n        }\n      }\n    }\n  }\n":ii,"\n  query ProposalLinkOutcomes {\n    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":oi,"\n  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {\n    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":ai,"\n  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":si,"\n  fragment InboxRow on Proposal {\n    id\n    title\n    kind\n    status\n    submittedAt\n    unreadMessageCount\n    overdue\n    organization {\n      name\n    }\n    challenge {\n      title\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      respondedAt\n    }\n  }\n":On,"\n  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InboxRow\n        }\n      }\n    }\n  }\n":di,"\n  query InboxOptions {\n    municipality {\n      departments {\n        id\n        name\n        parent {\n          id\n        }\n      }\n    }\n    challenges(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":li,"\n  fragment ProposalPageFields on Proposal {\n    id\n    kind\n    title\n    viewerActions\n    unreadMessageCount\n    overdue\n    summary\n    body\n    desiredScheme\n    status\n    version\n    submittedAt\n    decidedAt\n    createdAt\n    challenge {\n      id\n      title\n    }\n    organization {\n      name\n    }\n    resources {\n      side\n      kind\n      description\n    }\n    merits {\n      side\n      description\n    }\n    contact {\n      affiliation\n      name\n      email\n      phone\n    }\n    assignments {\n      department {\n        id\n        name\n      }\n      dueOn\n      opinion\n      feasible\n      respondedAt\n    }\n    messages {\n      id\n      body\n      internal\n      createdAt\n      author {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    history {\n      action\n      from\n      to\n      reason\n      at\n      actor {\n        kind\n        displayName\n        department {\n          name\n        }\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      size\n      messageId\n      downloadUrl\n      createdAt\n    }\n    project {\n      id\n      title\n    }\n    agreement {\n      id\n      title\n    }\n  }\n":Ln,"\n  query ProposalPage($id: ID!) {\n    proposal(id: $id) {\n      ...ProposalPageFields\n    }\n  }\n":ui,"\n  mutation ProposalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        ...ProposalPageFields\n      }\n    }\n  }\n":pi,"\n  query Viewer {\n    me {\n      id\n      displayName\n      role\n      email\n      department {\n        id\n        name\n      }\n    }\n    municipality {\n      name\n      deskName\n    }\n    permissions {\n      resource\n      action\n      scope\n    }\n  }\n":ci};function C(t){return Wo[t]??{}}function N(t,n,r=!1){let o=JSON.stringify(n),[i,d]=h(void 0),[l,a]=h(void 0),[f,m]=h(!r),u=Ce(0),b=In(async()=>{if(r)return;let y=++u.current;m(!0);try{let c=await x(t,JSON.parse(o));y===u.current&&(d(c),a(void 0))}catch(c){y===u.current&&a(c instanceof Q?c:new Q("INTERNAL",String(c)))}finally{y===u.current&&m(!1)}},[t,o,r]);return Z(()=>{b()},[b]),{data:i,error:l,loading:f,reload:b}}function L(t){let[n,r]=h(!1),[o,i]=h(void 0);return{run:async(...l)=>{r(!0),i(void 0);try{return await t(...l)}catch(a){i(a instanceof Q?a:new Q("INTERNAL",String(a)));return}finally{r(!1)}},busy:n,error:o,clear:()=>i(void 0)}}function mi(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function gi(){let[t,n]=h(mi);return Z(()=>{let r=()=>n(mi());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),t}function q(t,n){let r=new URLSearchParams;for(let[i,d]of Object.entries(n??{}))d&&r.set(i,d);let o=r.toString();return`#${t}${o?`?${o}`:""}`}function oe(t,n){location.hash=q(t,n)}function Qo(t,n){let r=t.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(r.length!==o.length)return null;let i={};for(let d=0;d<r.length;d++){let l=r[d];if(l.startsWith(":"))i[l.slice(1)]=decodeURIComponent(o[d]);else if(l!==o[d])return null}return i}function fi(t,n){for(let r of t){let o=Qo(r.path,n);if(o)return{route:r,params:o}}return null}var g=$e({navInbox:"提案の受付",inboxTitle:"提案の受付",inboxCaption:"提案の一覧",attentionTitle:"要対応",attentionHelp:"未読の対話がある提案と、担当課の回答期限を過ぎた提案です。",attentionCaption:"要対応の提案",attentionNone:"要対応の提案はありません。",homeAttention:"要対応の提案が {n} 件あります（未読の対話・回答期限超過）。",statusTabs:"状態で絞り込み",all:"すべて",filters:"絞り込み",search:"キーワード（件名・概要・内容）",kind:"種類",challenge:"対象の行政課題",department:"担当課",submittedFrom:"提出日（から）",submittedTo:"提出日（まで）",submittedRange:"提出日",apply:"絞り込む",reset:"条件をクリア",any:"指定しない",onlyAttention:"要対応のみ",colTitle:"件名",colProposer:"提案者",colKind:"種類",colStatus:"状態",colSubmitted:"提出日",colAssigned:"担当課（回答期限）",colFlags:"お知らせ",unread:"未読 {n}件",overdue:"回答期限超過",notSubmitted:"未提出",kindFREE:"自由提案",kindCHALLENGE:"課題提案",statusDRAFT:"下書き",statusSUBMITTED:"提出済み",statusIN_DIALOGUE:"対話・庁内調整中",statusACCEPTED:"採択",statusDECLINED:"不採択",statusWITHDRAWN:"取下げ",back:"提案の一覧へ戻る",notFound:"この提案は見つかりません（削除されたか、見る権限がありません）。",secContent:"提案の内容",summary:"概要",body:"内容",desiredScheme:"希望する連携手法",organization:"提案者",resources:"双方が提供するもの（リソース）",resourcesCaption:"提供リソース（ヒト・モノ・カネ・情報）",side:"提供する側",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",merits:"期待されるメリット",meritFor:"{side}のメリット",contact:"連絡先",affiliation:"所属",contactName:"氏名",phone:"電話番号",email:"メールアドレス",none:"（なし）",dates:"日付",submittedAt:"提出日時",decidedAt:"採否の決定日時",createdAt:"作成日時",secAttachments:"添付ファイル",download:"{name} をダウンロード",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",noAttachments:"添付ファイルはありません。",onMessage:"（対話のメッセージに添付）",attach:"ファイルを添付",attachFile:"添付するファイル",attached:"{name} を添付しました。",secAssignments:"担当課への検討依頼",noAssignments:"担当課への依頼はまだありません。",assignmentsCaption:"担当課への依頼と回答",dueOn:"回答期限",feasible:"実施可否",feasibleYes:"実施可能",feasibleNo:"実施困難",notAnswered:"未回答",answered:"回答済み",opinion:"意見",respondedAt:"回答日時",secDialogue:"対話",dialogueHelp:"提案者とのメッセージは提案者にも見えます。庁内メモは職員（デスク・担当課）だけが見られます。",noMessages:"メッセージはまだありません。",sharedMessage:"提案者とのメッセージ",internalNote:"庁内メモ",internalNoteHint:"提案者には見えません",postKind:"投稿の種類",postBody:"本文",post:"投稿する",posted:"投稿しました。",postedNote:"庁内メモを投稿しました。",secHistory:"履歴",historyCaption:"提案の履歴",colWhen:"日時",colAction:"操作",colChange:"状態の変化",colActor:"行為者",colReason:"理由・内容",actCREATE:"作成",actUPDATE:"更新",actSUBMIT:"提出",actASSIGN:"担当課へ依頼",actRESPOND:"担当課が回答",actDECIDE:"採否の決定",actWITHDRAW:"取下げ",actLINK:"事業・協定の結び付け",actorPROPOSER:"提案者",actorDEPARTMENT:"担当課",actorDESK:"デスク",secActions:"手続き",noActions:"この提案に対して、いまあなたができる手続きはありません。",assignTitle:"担当課に検討を依頼する",assignHelp:"依頼する担当課を選び、回答期限を決めます。",assignDepartments:"依頼する担当課",assignDue:"回答期限（省略可）",assignSubmit:"依頼する",assigned:"担当課に依頼しました。",assignPick:"担当課を1つ以上選んでください。",respondTitle:"検討結果を回答する",respondOpinion:"意見",respondFeasible:"実施可否",respondSubmit:"回答する",responded:"回答しました。",opinionRequired:"意見を入力してください。",decideTitle:"採否を決める",decision:"採否",decideAccept:"採択する",decideDecline:"不採択とする",reason:"理由",reasonHelp:"理由は提案者にも伝わります。",reasonRequired:"理由を入力してください。",decideSubmit:"決定する",decideConfirm:"「{title}」を{decision}。よろしいですか？",decideConfirmTitle:"採否の確認",decided:"採否を決定しました。",linkTitle:"成果の事業・協定を結び付ける",linkHelp:"採択した提案から生まれた連携事業・協定を選ぶか、新しく下書きを作ります。",linkProject:"連携事業",linkAgreement:"連携協定",linkExisting:"既存のものを選ぶ",linkNew:"新しく下書きを作る",linkNone:"結び付けない",linkPick:"選択してください",newKind:"種類",newTitle:"名称（省略時は提案の件名）",linkSubmit:"結び付ける",linked:"結び付けました。",linkNothing:"事業か協定を1つ以上指定してください。",currentProject:"結び付いた連携事業",currentAgreement:"結び付いた連携協定",projPARTNERSHIP:"パートナーシップ事業",projDEMONSTRATION:"実証実験サポート事業",agrBUSINESS:"事業連携協定",agrCOMPREHENSIVE:"包括連携協定",agrMEMORANDUM:"覚書"},{navInbox:"Proposals",inboxTitle:"Proposal inbox",inboxCaption:"Proposals",attentionTitle:"Needs attention",attentionHelp:"Proposals with unread dialogue, and proposals whose department answer is overdue.",attentionCaption:"Proposals needing attention",attentionNone:"Nothing needs attention.",homeAttention:"{n} proposals need your attention (unread dialogue, overdue answers).",statusTabs:"Filter by status",all:"All",filters:"Filters",search:"Keywords (title, summary, body)",kind:"Kind",challenge:"Challenge answered",department:"Department",submittedFrom:"Submitted from",submittedTo:"Submitted until",submittedRange:"Submission date",apply:"Apply",reset:"Clear filters",any:"Any",onlyAttention:"Needs attention only",colTitle:"Title",colProposer:"Proposer",colKind:"Kind",colStatus:"Status",colSubmitted:"Submitted",colAssigned:"Departments (due)",colFlags:"Alerts",unread:"{n} unread",overdue:"Overdue",notSubmitted:"Not submitted",kindFREE:"Free proposal",kindCHALLENGE:"Challenge proposal",statusDRAFT:"Draft",statusSUBMITTED:"Submitted",statusIN_DIALOGUE:"In dialogue",statusACCEPTED:"Accepted",statusDECLINED:"Declined",statusWITHDRAWN:"Withdrawn",back:"Back to the proposals",notFound:"This proposal was not found (deleted, or you may not see it).",secContent:"Proposal",summary:"Summary",body:"Details",desiredScheme:"Desired scheme",organization:"Proposer",resources:"What each side contributes",resourcesCaption:"Resources (people, goods, money, information)",side:"Side",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",merits:"Expected merits",meritFor:"For the {side}",contact:"Contact",affiliation:"Affiliation",contactName:"Name",phone:"Phone",email:"Email",none:"(none)",dates:"Dates",submittedAt:"Submitted",decidedAt:"Decided",createdAt:"Created",secAttachments:"Attachments",download:"Download {name}",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",noAttachments:"No attachments.",onMessage:"(attached to a message)",attach:"Attach a file",attachFile:"File to attach",attached:"Attached {name}.",secAssignments:"Requests to departments",noAssignments:"No department has been asked yet.",assignmentsCaption:"Requests and answers",dueOn:"Due",feasible:"Feasible",feasibleYes:"Feasible",feasibleNo:"Not feasible",notAnswered:"Not answered",answered:"Answered",opinion:"Opinion",respondedAt:"Answered",secDialogue:"Dialogue",dialogueHelp:"Messages are seen by the proposer. Internal notes are seen by staff (desk and departments) only.",noMessages:"No messages yet.",sharedMessage:"Message to the proposer",internalNote:"Internal note",internalNoteHint:"not shown to the proposer",postKind:"Kind of post",postBody:"Text",post:"Post",posted:"Posted.",postedNote:"Internal note posted.",secHistory:"History",historyCaption:"History of the proposal",colWhen:"When",colAction:"Action",colChange:"Status change",colActor:"By",colReason:"Reason / detail",actCREATE:"Created",actUPDATE:"Updated",actSUBMIT:"Submitted",actASSIGN:"Assigned to departments",actRESPOND:"Department answered",actDECIDE:"Decided",actWITHDRAW:"Withdrawn",actLINK:"Linked to project/agreement",actorPROPOSER:"Proposer",actorDEPARTMENT:"Department",actorDESK:"Desk",secActions:"Actions",noActions:"There is nothing you can do on this proposal now.",assignTitle:"Ask departments to review",assignHelp:"Choose the departments and a due date for their answer.",assignDepartments:"Departments to ask",assignDue:"Due date (optional)",assignSubmit:"Send request",assigned:"The departments were asked.",assignPick:"Choose at least one department.",respondTitle:"Answer the request",respondOpinion:"Opinion",respondFeasible:"Feasible?",respondSubmit:"Send answer",responded:"Answer sent.",opinionRequired:"Please write an opinion.",decideTitle:"Decide",decision:"Decision",decideAccept:"Accept",decideDecline:"Decline",reason:"Reason",reasonHelp:"The proposer sees the reason.",reasonRequired:"Please give a reason.",decideSubmit:"Decide",decideConfirm:'Decide "{title}": {decision}. Continue?',decideConfirmTitle:"Confirm the decision",decided:"Decision recorded.",linkTitle:"Link the resulting project or agreement",linkHelp:"Choose the project or agreement that came from this accepted proposal, or create a draft.",linkProject:"Project",linkAgreement:"Agreement",linkExisting:"Choose an existing one",linkNew:"Create a draft",linkNone:"Do not link",linkPick:"Choose",newKind:"Kind",newTitle:"Title (the proposal's title when empty)",linkSubmit:"Link",linked:"Linked.",linkNothing:"Give a project or an agreement.",currentProject:"Linked project",currentAgreement:"Linked agreement",projPARTNERSHIP:"Partnership project",projDEMONSTRATION:"Supported field trial",agrBUSINESS:"Business agreement",agrCOMPREHENSIVE:"Comprehensive agreement",agrMEMORANDUM:"Memorandum"});var yi=C(`
  query Viewer {
    me {
      id
      displayName
      role
      email
      department {
        id
        name
      }
    }
    municipality {
      name
      deskName
    }
    permissions {
      resource
      action
      scope
    }
  }
`);function re(t,n){return n?t.permissions.some(r=>r.resource===n.resource&&r.action===n.action):!0}var Ut=cn(null);function ge(){let t=$n(Ut);if(!t)throw new Error("useViewer outside a signed-in app");return t}var zo=Symbol.for("pv"),Go=0;function e(t,n,r,o,i,d){n||(n={});var l,a,f=n;if("ref"in f&&typeof t!="function")for(a in f={},n)a=="ref"?l=n[a]:f[a]=n[a];var m={type:t,props:f,key:r,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:zo,__v:--Go,__i:-1,__u:0};return(i||d)&&(m.__source=i,m.__self=d),H.vnode&&H.vnode(m),m}var Yo=C(`
  query HomeAttention {
    proposals(first: 0, filter: { needsAttention: true }) {
      totalCount
    }
  }
`);function hi(){let t=ge(),n=re(t,{resource:"proposal",action:"read"}),r=N(Yo,{},!n),o=r.data?.proposals.totalCount??0,i=et.filter(d=>d.nav&&d.path!=="/"&&re(t,d.permission)).sort((d,l)=>d.nav.order-l.nav.order);return e("section",{children:[e("h1",{children:D("home")}),e("p",{children:[t.municipality.deskName," — ",t.me.displayName]}),n&&r.data&&e("p",{class:o>0?"banner banner-notice":"muted","data-testid":"home-attention",children:o>0?e("a",{href:q("/proposals",{attention:"1"}),children:g("homeAttention",{n:o})}):g("attentionNone")}),e("ul",{class:"tiles",children:i.map(d=>e("li",{children:e("a",{class:"tile",href:q(d.path),children:d.nav.label()})},d.path))})]})}var gt="Asia/Tokyo",Jo=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:gt}),Xo=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),Zo=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",timeZone:gt}),bi=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:gt}),ea=new Intl.DateTimeFormat("en-GB",{year:"numeric",month:"short",day:"numeric",timeZone:gt});function Di(t){return t.replace(/(\D)1年/,"$1元年")}function K(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);if(!n)return t;let r=new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])));return me()==="en"?t:`${Di(Xo.format(r))}（${t}）`}function M(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return t;let r=Zo.format(n);return me()==="en"?`${ea.format(n)} ${bi.format(n)}`:`${Di(Jo.format(n))}（${r}）${bi.format(n)}`}function F({tone:t="neutral",icon:n,children:r,testid:o}){return e("span",{class:`badge badge-${t}`,"data-testid":o,children:[n&&e("span",{"aria-hidden":"true",children:[n," "]}),r]})}function $({error:t,onRetry:n,retryLabel:r}){return t?e("div",{class:"banner banner-error",role:"alert",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:Mn(t)}),n&&e("button",{type:"button",class:"btn btn-small",onClick:n,children:r})]}):null}function V({children:t}){return t?e("div",{class:"banner banner-notice",role:"status",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"✓"}),e("span",{children:t})]}):null}function j({label:t}){return e("p",{class:"loading",role:"status","aria-live":"polite",children:t})}function I({variant:t="secondary",busy:n,disabled:r,children:o,type:i,...d}){return e("button",{...d,type:i??"button",class:`btn btn-${t}`,disabled:r||n,"aria-busy":n?"true":void 0,children:o})}function Bt({id:t,label:n,required:r}){return e("label",{for:t,children:[n,r&&e("span",{class:"required",children:[" （",D("required"),"）"]})]})}function ft(t,n,r){return[n?`${t}-help`:"",r?`${t}-err`:""].filter(Boolean).join(" ")||void 0}function yt({id:t,help:n,error:r}){return e(T,{children:[n&&e("p",{class:"help",id:`${t}-help`,children:n}),r&&e("p",{class:"field-error",id:`${t}-err`,children:r})]})}function S(t){let n=ie();return e("div",{class:"field",children:[e(Bt,{id:n,label:t.label,required:t.required}),e("input",{id:n,name:t.name,type:t.type??"text",value:t.value,required:t.required,autocomplete:t.autocomplete,maxLength:t.maxLength,"aria-invalid":t.error?"true":void 0,"aria-describedby":ft(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(yt,{id:n,help:t.help,error:t.error})]})}function z(t){let n=ie();return e("div",{class:"field",children:[e(Bt,{id:n,label:t.label,required:t.required}),e("textarea",{id:n,name:t.name,rows:t.rows??4,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":ft(n,t.help,t.error),"data-testid":t.testid,onInput:r=>t.onInput(r.currentTarget.value)}),e(yt,{id:n,help:t.help,error:t.error})]})}function R(t){let n=ie();return e("div",{class:"field",children:[e(Bt,{id:n,label:t.label,required:t.required}),e("select",{id:n,name:t.name,value:t.value,required:t.required,"aria-invalid":t.error?"true":void 0,"aria-describedby":ft(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.value),children:t.options.map(r=>e("option",{value:r.value,children:r.label},r.value))}),e(yt,{id:n,help:t.help,error:t.error})]})}function Le(t){let n=ie();return e("div",{class:"field field-check",children:[e("input",{id:n,type:"checkbox",name:t.name,checked:t.checked,"aria-describedby":ft(n,t.help,t.error),"data-testid":t.testid,onChange:r=>t.onChange(r.currentTarget.checked)}),e("label",{for:n,children:t.label}),e(yt,{id:n,help:t.help,error:t.error})]})}function Y({legend:t,children:n,class:r}){return e("fieldset",{class:`fieldset ${r??""}`,children:[e("legend",{children:t}),n]})}function J(t){let[n,r]=h([]);Z(()=>r([]),[t.resetKey]);let o=t.page?.edges??[],i=n.length*t.pageSize+1;return e("div",{class:"table-wrap",children:[e("table",{class:"table","data-testid":t.testid,children:[e("caption",{children:t.caption}),e("thead",{children:e("tr",{children:t.columns.map(d=>e("th",{scope:"col",class:d.class,children:d.header}))})}),e("tbody",{children:[o.length===0&&e("tr",{children:e("td",{colSpan:t.columns.length,children:D("empty")})}),o.map(d=>e("tr",{children:t.columns.map(l=>e("td",{class:l.class,children:l.cell(d.node)}))},t.rowKey(d.node)))]})]}),t.page&&e("nav",{class:"pager","aria-label":t.caption,children:[e("span",{role:"status",children:o.length>0?D("pageInfo",{from:i,to:i+o.length-1,n:t.page.totalCount}):D("totalCount",{n:t.page.totalCount})}),e(I,{disabled:n.length===0,onClick:()=>{let d=n.slice(0,-1);r(d),t.onAfter(n[n.length-1]??null)},children:["← ",D("prev")]}),e(I,{disabled:!t.page.pageInfo.hasNextPage,onClick:()=>{r([...n,t.after]),t.onAfter(t.page?.pageInfo.endCursor??null)},children:[D("next")," →"]})]})]})}function ta(t){return g(`status${t}`)}function Fe(t){return g(`kind${t}`)}var na={DRAFT:"neutral",SUBMITTED:"info",IN_DIALOGUE:"warning",ACCEPTED:"success",DECLINED:"danger",WITHDRAWN:"neutral"};function ht({status:t}){return e(F,{tone:na[t],testid:"proposal-status",children:ta(t)})}var Ci=["SUBMITTED","IN_DIALOGUE","ACCEPTED","DECLINED","WITHDRAWN","DRAFT"];function Ai(t){return t<1024?g("bytes",{n:t}):t<1024*1024?g("kb",{n:(t/1024).toFixed(1)}):g("mb",{n:(t/1024/1024).toFixed(1)})}C(`
  fragment InboxRow on Proposal {
    id
    title
    kind
    status
    submittedAt
    unreadMessageCount
    overdue
    organization {
      name
    }
    challenge {
      title
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      respondedAt
    }
  }
`);var vi=C(`
  query InboxProposals($first: Int, $after: String, $filter: ProposalFilter) {
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InboxRow
        }
      }
    }
  }
`),ra=C(`
  query InboxOptions {
    municipality {
      departments {
        id
        name
        parent {
          id
        }
      }
    }
    challenges(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),bt=20,ia=["status","kind","challenge","department","from","to","q","attention"];function oa(t){let n={};for(let r of ia){let o=t.get(r);o&&(n[r]=o)}return n}function aa(t){let n={};return t.status&&(n.status=t.status),t.kind&&(n.kind=t.kind),t.challenge&&(n.challengeId=t.challenge),t.department&&(n.departmentId=t.department),(t.from||t.to)&&(n.submittedOn={from:t.from||null,to:t.to||null}),t.q&&(n.search=t.q),t.attention&&(n.needsAttention=!0),n}function sa(t){let n=new Map;return t.map(r=>{let o=r.parent?(n.get(r.parent.id)??0)+1:0;return n.set(r.id,o),{value:r.id,label:`${"　".repeat(o)}${r.name}`}})}function ki({query:t}){let n=oa(t),[r,o]=h(n),i=aa(n),d=JSON.stringify(i),[l,a]=h({key:d,after:null}),f=l.key===d?l.after:null,m=A=>a({key:d,after:A}),u=N(vi,{first:bt,after:f,filter:i}),b=N(ra,{}),y=A=>v=>o({...r,[A]:v}),c=A=>{m(null),oe("/proposals",A)},P=la();return e("section",{children:[e("h1",{children:g("inboxTitle")}),!n.attention&&e(da,{columns:P}),e("h2",{class:"visually-hidden",children:g("inboxCaption")}),e("nav",{"aria-label":g("statusTabs"),class:"tabs",children:e("ul",{children:[e("li",{children:e("a",{href:q("/proposals",{...n,status:void 0}),"aria-current":n.status?void 0:"page",children:g("all")})}),Ci.map(A=>e("li",{children:e("a",{href:q("/proposals",{...n,status:A}),"aria-current":n.status===A?"page":void 0,"data-testid":`status-tab-${A}`,children:g(`status${A}`)})},A))]})}),e("form",{class:"filters",role:"search",onSubmit:A=>{A.preventDefault(),c(r)},children:[e(Y,{legend:g("filters"),class:"filters-grid",children:[e(S,{label:g("search"),type:"search",value:r.q??"",onInput:y("q"),testid:"filter-search"}),e(R,{label:g("kind"),value:r.kind??"",onChange:y("kind"),options:[{value:"",label:g("any")},...["FREE","CHALLENGE"].map(A=>({value:A,label:Fe(A)}))]}),e(R,{label:g("challenge"),value:r.challenge??"",onChange:y("challenge"),options:[{value:"",label:g("any")},...b.data?.challenges.edges.map(A=>({value:A.node.id,label:A.node.title}))??[]]}),e(R,{label:g("department"),value:r.department??"",onChange:y("department"),options:[{value:"",label:g("any")},...sa(b.data?.municipality.departments??[])],testid:"filter-department"}),e(S,{label:g("submittedFrom"),type:"date",value:r.from??"",onInput:y("from")}),e(S,{label:g("submittedTo"),type:"date",value:r.to??"",onInput:y("to")}),e(Le,{label:g("onlyAttention"),checked:!!r.attention,onChange:A=>o({...r,attention:A?"1":void 0}),testid:"filter-attention"})]}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary","data-testid":"filter-apply",children:g("apply")}),e(I,{onClick:()=>{o({}),c({})},children:g("reset")})]})]}),e($,{error:u.error,onRetry:()=>{u.reload()},retryLabel:D("retry")}),u.loading&&!u.data&&e(j,{label:D("loading")}),u.data&&e(J,{caption:g("inboxCaption"),columns:P,page:u.data.proposals,after:f,onAfter:m,resetKey:d,rowKey:A=>A.id,pageSize:bt,testid:"inbox-table"})]})}function da({columns:t}){let[n,r]=h(null),o=N(vi,{first:bt,after:n,filter:{needsAttention:!0}});return e("section",{class:"attention","aria-labelledby":"attention-title","data-testid":"attention",children:[e("h2",{id:"attention-title",children:g("attentionTitle")}),e("p",{class:"help",children:g("attentionHelp")}),e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.data&&(o.data.proposals.totalCount===0?e("p",{class:"muted",children:g("attentionNone")}):e(J,{caption:g("attentionCaption"),columns:t,page:o.data.proposals,after:n,onAfter:r,resetKey:"attention",rowKey:i=>i.id,pageSize:bt,testid:"attention-table"}))]})}function la(){return[{header:g("colTitle"),cell:t=>e("a",{href:q(`/proposals/${encodeURIComponent(t.id)}`),"data-testid":"proposal-link",children:t.title})},{header:g("colProposer"),cell:t=>t.organization?.name??""},{header:g("colKind"),cell:t=>t.kind==="CHALLENGE"&&t.challenge?`${Fe(t.kind)}：${t.challenge.title}`:Fe(t.kind)},{header:g("colStatus"),cell:t=>e(ht,{status:t.status})},{header:g("colSubmitted"),cell:t=>t.submittedAt?M(t.submittedAt):g("notSubmitted")},{header:g("colFlags"),cell:t=>e(T,{children:[t.overdue&&e(F,{tone:"danger",icon:"!",children:g("overdue")})," ",t.unreadMessageCount>0&&e(F,{tone:"warning",icon:"●",children:g("unread",{n:t.unreadMessageCount})})]})},{header:g("colAssigned"),cell:t=>e("ul",{class:"plain",children:t.assignments.map(n=>e("li",{children:[n.department.name,n.dueOn&&`（${K(n.dueOn)}）`,n.respondedAt&&e(F,{tone:"success",children:g("answered")})]},n.department.id))})}]}function ne(t){let n=Ce(null),r=ie(),o=Ce(null);return Z(()=>{let i=n.current;i&&(t.open&&!i.open?(o.current=document.activeElement,i.showModal()):!t.open&&i.open&&(i.close(),o.current instanceof HTMLElement&&o.current.focus()))},[t.open]),e("dialog",{ref:n,class:"dialog","aria-labelledby":r,onCancel:i=>{i.preventDefault(),t.onCancel()},children:[e("h2",{id:r,children:t.title}),e("div",{class:"dialog-body",children:t.children}),e("div",{class:"actions",children:[e(I,{variant:t.danger?"danger":"primary",busy:t.busy,onClick:t.onConfirm,"data-testid":"confirm-ok",children:t.confirmLabel??D("ok")}),e(I,{onClick:t.onCancel,children:D("cancel")})]})]})}function Vt(t){return new Set(t.viewerActions)}var ua=C(`
  mutation ProposalAssign($id: ID!, $departmentIds: [ID!]!, $dueOn: Date) {
    assignProposal(id: $id, departmentIds: $departmentIds, dueOn: $dueOn) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),pa=C(`
  mutation ProposalRespond($id: ID!, $opinion: String!, $feasible: Boolean!) {
    respondToAssignment(id: $id, opinion: $opinion, feasible: $feasible) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ca=C(`
  mutation ProposalDecide($id: ID!, $decision: ProposalDecision!, $reason: String!) {
    decideProposal(id: $id, decision: $decision, reason: $reason) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ma=C(`
  mutation ProposalLink($id: ID!, $projectId: ID, $agreementId: ID, $newProject: NewOutcomeProjectInput, $newAgreement: NewOutcomeAgreementInput) {
    linkProposalOutcome(id: $id, projectId: $projectId, agreementId: $agreementId, newProject: $newProject, newAgreement: $newAgreement) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),ga=C(`
  query ProposalAssignDepartments {
    municipality {
      departments {
        id
        name
        kind
        parent {
          id
        }
      }
    }
  }
`),fa=C(`
  query ProposalLinkOutcomes {
    projects(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);function Ii({p:t,actions:n,notice:r,onChange:o}){let i=["ASSIGN","RESPOND","DECIDE","LINK"].some(d=>n.has(d));return e("div",{class:"panel",children:[e("h2",{id:"actions-title",children:g("secActions")}),e(V,{children:r}),!i&&e("p",{class:"muted",children:g("noActions")}),n.has("ASSIGN")&&e(ya,{p:t,onChange:o}),n.has("RESPOND")&&e(ha,{p:t,onChange:o}),n.has("DECIDE")&&e(ba,{p:t,onChange:o}),n.has("LINK")&&e(Da,{p:t,onChange:o})]})}function ya({p:t,onChange:n}){let r=N(ga,{}),[o,i]=h(new Set),[d,l]=h(""),[a,f]=h(!1),m=L(async()=>{let c=await x(ua,{id:t.id,departmentIds:[...o],dueOn:d||null});i(new Set),n(c.assignProposal.proposal,g("assigned"))}),u=new Set(t.assignments.map(c=>c.department.id)),b=new Map,y=(r.data?.municipality.departments??[]).map(c=>{let P=c.parent?(b.get(c.parent.id)??0)+1:0;return b.set(c.id,P),{...c,depth:Math.min(P,3)}});return e("section",{class:"action","aria-labelledby":"assign-title","data-testid":"assign-form",children:[e("h3",{id:"assign-title",children:g("assignTitle")}),e("p",{class:"help",children:g("assignHelp")}),e("form",{onSubmit:c=>{if(c.preventDefault(),o.size===0){f(!0);return}f(!1),m.run()},children:[e(Y,{legend:g("assignDepartments"),class:"tree",children:[e($,{error:r.error}),e("ul",{class:"plain",children:y.map(c=>e("li",{class:`depth-${c.depth}`,children:e("label",{class:"check",children:[e("input",{type:"checkbox",checked:u.has(c.id)||o.has(c.id),disabled:u.has(c.id),onChange:P=>{let A=new Set(o);P.currentTarget.checked?A.add(c.id):A.delete(c.id),i(A)}})," ",c.name]})},c.id))}),a&&e("p",{class:"field-error",role:"alert",children:g("assignPick")})]}),e(S,{label:g("assignDue"),type:"date",value:d,onInput:l,testid:"assign-due"}),e($,{error:m.error}),e(I,{type:"submit",variant:"primary",busy:m.busy,"data-testid":"assign-submit",children:g("assignSubmit")})]})]})}function ha({p:t,onChange:n}){let[r,o]=h(""),[i,d]=h(""),[l,a]=h(!1),f=L(async()=>{let m=await x(pa,{id:t.id,opinion:r,feasible:i==="yes"});n(m.respondToAssignment.proposal,g("responded"))});return e("section",{class:"action","aria-labelledby":"respond-title","data-testid":"respond-form",children:[e("h3",{id:"respond-title",children:g("respondTitle")}),e("form",{onSubmit:m=>{m.preventDefault(),a(!0),!(!r.trim()||!i)&&f.run()},children:[e(Y,{legend:g("respondFeasible"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"yes",checked:i==="yes",onChange:()=>d("yes"),"data-testid":"respond-feasible-yes"})," ",g("feasibleYes")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"feasible",value:"no",checked:i==="no",onChange:()=>d("no"),"data-testid":"respond-feasible-no"})," ",g("feasibleNo")]}),l&&!i&&e("p",{class:"field-error",children:g("respondFeasible")})]}),e(z,{label:g("respondOpinion"),required:!0,value:r,onInput:o,error:l&&!r.trim()?g("opinionRequired"):void 0,testid:"respond-opinion"}),e($,{error:f.error}),e(I,{type:"submit",variant:"primary",busy:f.busy,"data-testid":"respond-submit",children:g("respondSubmit")})]})]})}function ba({p:t,onChange:n}){let[r,o]=h(""),[i,d]=h(""),[l,a]=h(!1),[f,m]=h(!1),u=L(async()=>{if(!r)return;let y=await x(ca,{id:t.id,decision:r,reason:i});m(!1),n(y.decideProposal.proposal,g("decided"))}),b=r==="ACCEPTED"?g("decideAccept"):g("decideDecline");return e("section",{class:"action","aria-labelledby":"decide-title","data-testid":"decide-form",children:[e("h3",{id:"decide-title",children:g("decideTitle")}),e("form",{onSubmit:y=>{y.preventDefault(),a(!0),!(!r||!i.trim())&&m(!0)},children:[e(Y,{legend:g("decision"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"ACCEPTED",checked:r==="ACCEPTED",onChange:()=>o("ACCEPTED"),"data-testid":"decide-accept"})," ",g("decideAccept")]}),e("label",{class:"radio",children:[e("input",{type:"radio",name:"decision",value:"DECLINED",checked:r==="DECLINED",onChange:()=>o("DECLINED"),"data-testid":"decide-decline"})," ",g("decideDecline")]}),l&&!r&&e("p",{class:"field-error",children:g("decision")})]}),e(z,{label:g("reason"),help:g("reasonHelp"),required:!0,value:i,onInput:d,error:l&&!i.trim()?g("reasonRequired"):void 0,testid:"decide-reason"}),e($,{error:u.error}),e(I,{type:"submit",variant:"primary","data-testid":"decide-submit",children:g("decideSubmit")})]}),e(ne,{open:f,title:g("decideConfirmTitle"),confirmLabel:b,danger:r==="DECLINED",busy:u.busy,onConfirm:()=>{u.run()},onCancel:()=>m(!1),children:[e("p",{children:g("decideConfirm",{title:t.title,decision:b})}),e("p",{class:"prewrap",children:[g("reason"),"：",i]}),e($,{error:u.error})]})]})}function Da({p:t,onChange:n}){let r=N(fa,{}),[o,i]=h(""),[d,l]=h(""),[a,f]=h(""),[m,u]=h(""),[b,y]=h("PARTNERSHIP"),[c,P]=h("BUSINESS"),[A,v]=h(""),[O,E]=h(""),[_,w]=h(!1),pe=L(async()=>{let U=await x(ma,{id:t.id,projectId:o==="existing"&&a?a:null,agreementId:d==="existing"&&m?m:null,newProject:o==="new"?{kind:b,title:A.trim()||null}:null,newAgreement:d==="new"?{kind:c,title:O.trim()||null}:null});i(""),l(""),n(U.linkProposalOutcome.proposal,g("linked")),r.reload()}),ze=[{value:"",label:g("linkNone")},{value:"existing",label:g("linkExisting")},{value:"new",label:g("linkNew")}],xe={value:"",label:g("linkPick")};return e("section",{class:"action","aria-labelledby":"link-title","data-testid":"link-form",children:[e("h3",{id:"link-title",children:g("linkTitle")}),e("p",{class:"help",children:g("linkHelp")}),e($,{error:r.error}),e("form",{onSubmit:U=>{U.preventDefault();let Ge=o==="existing"&&a||o==="new"||d==="existing"&&m||d==="new";w(!Ge),Ge&&pe.run()},children:[e(Y,{legend:g("linkProject"),children:[e(R,{label:g("linkProject"),value:o,onChange:U=>i(U),options:ze,testid:"link-project-mode"}),o==="existing"&&e(R,{label:g("linkPick"),value:a,onChange:f,options:[xe,...r.data?.projects.edges.map(U=>({value:U.node.id,label:U.node.title}))??[]],testid:"link-project"}),o==="new"&&e(T,{children:[e(R,{label:g("newKind"),value:b,onChange:U=>y(U),options:["PARTNERSHIP","DEMONSTRATION"].map(U=>({value:U,label:g(`proj${U}`)}))}),e(S,{label:g("newTitle"),value:A,onInput:v})]})]}),e(Y,{legend:g("linkAgreement"),children:[e(R,{label:g("linkAgreement"),value:d,onChange:U=>l(U),options:ze,testid:"link-agreement-mode"}),d==="existing"&&e(R,{label:g("linkPick"),value:m,onChange:u,options:[xe,...r.data?.agreements.edges.map(U=>({value:U.node.id,label:U.node.title}))??[]],testid:"link-agreement"}),d==="new"&&e(T,{children:[e(R,{label:g("newKind"),value:c,onChange:U=>P(U),options:["BUSINESS","COMPREHENSIVE","MEMORANDUM"].map(U=>({value:U,label:g(`agr${U}`)}))}),e(S,{label:g("newTitle"),value:O,onInput:E})]})]}),_&&e("p",{class:"field-error",role:"alert",children:g("linkNothing")}),e($,{error:pe.error}),e(I,{type:"submit",variant:"primary",busy:pe.busy,"data-testid":"link-submit",children:g("linkSubmit")})]})]})}var Ca=C(`
  mutation ProposalPostMessage($proposalId: ID!, $body: String!, $internal: Boolean!) {
    postProposalMessage(proposalId: $proposalId, body: $body, internal: $internal) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Aa=C(`
  mutation ProposalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`);function $i({p:t,actions:n,onChange:r,onReload:o}){let i=n.has("MESSAGE"),d=n.has("INTERNAL_NOTE"),[l,a]=h(!i&&d),[f,m]=h(""),[u,b]=h(""),y=L(async()=>{let v=await x(Ca,{proposalId:t.id,body:f,internal:l});m(""),b(l?g("postedNote"):g("posted")),r(v.postProposalMessage.proposal)}),[c,P]=h(null),A=L(async v=>{if(!c)return;let O=await mt(Aa,{proposalId:t.id,file:null},[{path:"variables.file",file:c}]);P(null),v.reset(),b(g("attached",{name:O.attachFile.fileName})),await o()});return e("section",{"aria-labelledby":"sec-dialogue",children:[e("h2",{id:"sec-dialogue",children:g("secDialogue")}),e("p",{class:"help",children:g("dialogueHelp")}),t.messages.length===0?e("p",{class:"muted",children:g("noMessages")}):e("ol",{class:"messages","data-testid":"messages",children:t.messages.map(v=>e("li",{class:v.internal?"msg msg-internal":"msg msg-shared","data-testid":v.internal?"internal-note":"shared-message",children:[e("div",{class:"msg-head",children:[v.internal?e(F,{tone:"internal",icon:"✎",children:[g("internalNote"),"（",g("internalNoteHint"),"）"]}):e(F,{tone:"info",icon:"✉",children:g("sharedMessage")}),e("span",{class:"msg-author",children:Ht(v.author)}),e("time",{class:"muted",dateTime:v.createdAt,children:M(v.createdAt)})]}),e("p",{class:"prewrap",children:v.body})]},v.id))}),e(V,{children:u}),(i||d)&&e("form",{class:"post-form",onSubmit:v=>{v.preventDefault(),b(""),y.run()},children:[i&&d&&e(Y,{legend:g("postKind"),class:"radios",children:[e("label",{class:"radio",children:[e("input",{type:"radio",name:"post-kind",checked:!l,onChange:()=>a(!1),"data-testid":"post-shared"}),e("span",{"aria-hidden":"true",children:"✉ "}),g("sharedMessage")]}),e("label",{class:"radio radio-internal",children:[e("input",{type:"radio",name:"post-kind",checked:l,onChange:()=>a(!0),"data-testid":"post-internal"}),e("span",{"aria-hidden":"true",children:"✎ "}),g("internalNote"),"（",g("internalNoteHint"),"）"]})]}),e(z,{label:l?`${g("postBody")}（${g("internalNote")}）`:`${g("postBody")}（${g("sharedMessage")}）`,required:!0,value:f,onInput:m,rows:4,testid:"post-body"}),e($,{error:y.error}),e(I,{type:"submit",variant:"primary",busy:y.busy,disabled:!f.trim(),"data-testid":"post-submit",children:g("post")})]}),n.has("ATTACH")&&e("form",{class:"attach-form",onSubmit:v=>{v.preventDefault(),b(""),A.run(v.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:"attach-file",children:g("attachFile")}),e("input",{id:"attach-file",type:"file","data-testid":"attach-file",onChange:v=>P(v.currentTarget.files?.[0]??null)})]}),e($,{error:A.error}),e(I,{type:"submit",busy:A.busy,disabled:!c,children:g("attach")})]})]})}C(`
  fragment ProposalPageFields on Proposal {
    id
    kind
    title
    viewerActions
    unreadMessageCount
    overdue
    summary
    body
    desiredScheme
    status
    version
    submittedAt
    decidedAt
    createdAt
    challenge {
      id
      title
    }
    organization {
      name
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    assignments {
      department {
        id
        name
      }
      dueOn
      opinion
      feasible
      respondedAt
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
      actor {
        kind
        displayName
        department {
          name
        }
      }
    }
    attachments {
      id
      fileName
      contentType
      size
      messageId
      downloadUrl
      createdAt
    }
    project {
      id
      title
    }
    agreement {
      id
      title
    }
  }
`);var va=C(`
  query ProposalPage($id: ID!) {
    proposal(id: $id) {
      ...ProposalPageFields
    }
  }
`),ka=C(`
  mutation ProposalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        ...ProposalPageFields
      }
    }
  }
`),Pi=["CITY","PARTNER"],wi=["PEOPLE","GOODS","MONEY","INFORMATION"],Ia=new Set(["CREATE","UPDATE","SUBMIT","ASSIGN","RESPOND","DECIDE","WITHDRAW","LINK"]);function Ht(t){if(!t)return"";let n=g(`actor${t.kind}`),r=[t.department?.name,t.displayName].filter(Boolean).join(" ");return r?`${n}：${r}`:n}function Si({params:t}){let n=t.id,r=N(va,{id:n}),[o,i]=h(null),d=o??r.data?.proposal??null,[l,a]=h(""),f=(y,c)=>{i(y),a(c??"")},m=async()=>{i(null),await r.reload()},u=Ce(!1),b=r.data?.proposal;return Z(()=>{!b||u.current||b.unreadMessageCount===0||!b.viewerActions.includes("MARK_READ")||(u.current=!0,x(ka,{id:b.id}).then(y=>i(y.markProposalRead.proposal)).catch(()=>{}))},[b]),e("article",{class:"proposal",children:[e("p",{children:e("a",{href:q("/proposals"),children:["← ",g("back")]})}),e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:D("retry")}),r.loading&&!d&&e(j,{label:D("loading")}),r.data&&!d&&e("p",{class:"banner banner-error",role:"alert",children:g("notFound")}),d&&e(T,{children:[e("header",{class:"proposal-head",children:[e("h1",{"data-testid":"proposal-title",children:d.title}),e("p",{class:"meta",children:[e(ht,{status:d.status})," ",e(F,{children:Fe(d.kind)}),d.overdue&&e(F,{tone:"danger",icon:"!",testid:"overdue",children:g("overdue")}),d.unreadMessageCount>0&&e(F,{tone:"warning",icon:"●",testid:"unread",children:g("unread",{n:d.unreadMessageCount})}),d.challenge&&e("span",{children:[" ",d.challenge.title]})]}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:g("organization")}),e("dd",{children:d.organization?.name??g("none")})]}),e("div",{children:[e("dt",{children:g("submittedAt")}),e("dd",{children:d.submittedAt?M(d.submittedAt):g("notSubmitted")})]}),d.decidedAt&&e("div",{children:[e("dt",{children:g("decidedAt")}),e("dd",{children:M(d.decidedAt)})]}),d.project&&e("div",{children:[e("dt",{children:g("currentProject")}),e("dd",{"data-testid":"linked-project",children:d.project.title})]}),d.agreement&&e("div",{children:[e("dt",{children:g("currentAgreement")}),e("dd",{"data-testid":"linked-agreement",children:d.agreement.title})]})]})]}),e("div",{class:"proposal-grid",children:[e("div",{class:"proposal-main",children:[e($a,{p:d}),e(Pa,{p:d}),e(wa,{p:d}),e($i,{p:d,actions:Vt(d),onChange:f,onReload:m}),e(Sa,{p:d})]}),e("aside",{class:"proposal-side","aria-labelledby":"actions-title",children:e(Ii,{p:d,actions:Vt(d),notice:l,onChange:f})})]})]})]})}function Kt({text:t}){return t.trim()?e(T,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"prewrap",children:n},r))}):e("p",{class:"muted",children:g("none")})}function $a({p:t}){return e("section",{"aria-labelledby":"sec-content",children:[e("h2",{id:"sec-content",children:g("secContent")}),e("h3",{children:g("summary")}),e(Kt,{text:t.summary}),e("h3",{children:g("body")}),e(Kt,{text:t.body}),e("h3",{children:g("desiredScheme")}),e(Kt,{text:t.desiredScheme}),e("h3",{children:g("resources")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix","data-testid":"resources-matrix",children:[e("caption",{class:"visually-hidden",children:g("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("side")}),wi.map(n=>e("th",{scope:"col",children:g(`res${n}`)},n))]})}),e("tbody",{children:Pi.map(n=>e("tr",{children:[e("th",{scope:"row",children:g(`side${n}`)}),wi.map(r=>{let o=t.resources.filter(i=>i.side===n&&i.kind===r);return e("td",{children:o.length===0?e("span",{class:"muted",children:"—"}):e("ul",{class:"plain",children:o.map((i,d)=>e("li",{children:i.description},d))})},r)})]},n))})]})}),e("h3",{children:g("merits")}),e("div",{class:"merits",children:Pi.map(n=>{let r=t.merits.filter(o=>o.side===n);return e("div",{children:[e("h4",{children:g("meritFor",{side:g(`side${n}`)})}),r.length===0?e("p",{class:"muted",children:g("none")}):e("ul",{children:r.map((o,i)=>e("li",{children:o.description},i))})]},n)})}),t.contact&&e(T,{children:[e("h3",{children:g("contact")}),e("dl",{class:"facts",children:[e("div",{children:[e("dt",{children:g("affiliation")}),e("dd",{children:t.contact.affiliation})]}),e("div",{children:[e("dt",{children:g("contactName")}),e("dd",{children:t.contact.name})]}),e("div",{children:[e("dt",{children:g("email")}),e("dd",{children:t.contact.email})]}),e("div",{children:[e("dt",{children:g("phone")}),e("dd",{children:t.contact.phone})]})]})]})]})}function Pa({p:t}){let[n,r]=h(null);return e("section",{"aria-labelledby":"sec-attachments",children:[e("h2",{id:"sec-attachments",children:g("secAttachments")}),e($,{error:n}),t.attachments.length===0?e("p",{class:"muted",children:g("noAttachments")}):e("ul",{class:"files","data-testid":"attachments",children:t.attachments.map(o=>e("li",{children:[e(I,{variant:"link","aria-label":g("download",{name:o.fileName}),onClick:()=>{r(null),qn(o.downloadUrl,o.fileName).catch(r)},children:[e("span",{"aria-hidden":"true",children:"↓ "}),o.fileName]})," ",e("span",{class:"muted",children:[Ai(o.size)," ・ ",M(o.createdAt),o.messageId&&` ${g("onMessage")}`]})]},o.id))})]})}function wa({p:t}){return e("section",{"aria-labelledby":"sec-assignments",children:[e("h2",{id:"sec-assignments",children:g("secAssignments")}),t.assignments.length===0?e("p",{class:"muted",children:g("noAssignments")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"assignments",children:[e("caption",{class:"visually-hidden",children:g("assignmentsCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("department")}),e("th",{scope:"col",children:g("dueOn")}),e("th",{scope:"col",children:g("feasible")}),e("th",{scope:"col",children:g("opinion")}),e("th",{scope:"col",children:g("respondedAt")})]})}),e("tbody",{children:t.assignments.map(n=>e("tr",{children:[e("th",{scope:"row",children:n.department.name}),e("td",{children:n.dueOn?K(n.dueOn):"—"}),e("td",{children:n.feasible==null?e(F,{children:g("notAnswered")}):n.feasible?e(F,{tone:"success",icon:"○",children:g("feasibleYes")}):e(F,{tone:"danger",icon:"×",children:g("feasibleNo")})}),e("td",{class:"prewrap",children:n.opinion??""}),e("td",{children:n.respondedAt?M(n.respondedAt):"—"})]},n.department.id))})]})})]})}function Sa({p:t}){return e("section",{"aria-labelledby":"sec-history",children:[e("h2",{id:"sec-history",children:g("secHistory")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"history",children:[e("caption",{class:"visually-hidden",children:g("historyCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:g("colWhen")}),e("th",{scope:"col",children:g("colAction")}),e("th",{scope:"col",children:g("colChange")}),e("th",{scope:"col",children:g("colActor")}),e("th",{scope:"col",children:g("colReason")})]})}),e("tbody",{children:t.history.map((n,r)=>e("tr",{children:[e("td",{children:M(n.at)}),e("td",{children:Ia.has(n.action)?g(`act${n.action}`):n.action}),e("td",{children:n.from||n.to?`${n.from?g(`status${n.from}`):""} → ${n.to?g(`status${n.to}`):""}`:""}),e("td",{children:Ht(n.actor)}),e("td",{class:"prewrap",children:n.reason})]},r))})]})})]})}var xi=[{path:"/proposals",component:ki,nav:{label:()=>g("navInbox"),order:100},permission:{resource:"proposal",action:"read"}},{path:"/proposals/:id",component:Si,permission:{resource:"proposal",action:"read"}}];var s=$e({navChallenges:"行政課題",navCaseStudies:"連携事例",navAgreements:"連携協定",navProjects:"連携事業",navAnnouncements:"お知らせ",navMethods:"連携手法",listChallenges:"行政課題の一覧",listCaseStudies:"連携事例の一覧",listAgreements:"連携協定の一覧",listProjects:"連携事業の一覧",listAnnouncements:"お知らせの一覧",listMethods:"その他連携手法の一覧",newChallenge:"行政課題を作成",newCaseStudy:"連携事例を作成",newAgreement:"連携協定を作成",newProject:"連携事業を作成",newAnnouncement:"お知らせを作成",newMethod:"連携手法を追加",editChallenge:"行政課題の編集",editCaseStudy:"連携事例の編集",editAgreement:"連携協定の編集",editProject:"連携事業の編集",editAnnouncement:"お知らせの編集",editMethod:"連携手法の編集",backToList:"一覧へ戻る",filters:"絞り込み",search:"キーワード",searchHelp:"件名・本文などに含まれる語で絞り込みます。",any:"すべて",apply:"絞り込む",clear:"条件を消す",colTitle:"件名・名称",colState:"公開状態",colUpdated:"更新日時",colDepartment:"担当課",colPeriod:"期間",colLocality:"実施自治体",colCategory:"分類",colKind:"種類",colStatus:"状態",colSigned:"締結日",colPosition:"並び順",colKey:"識別子",colName:"名称",stateDRAFT:"下書き",statePUBLISHED:"公開中",stateARCHIVED:"アーカイブ",stateScheduled:"公開予約",publishedAt:"公開日時: {at}",scheduledAt:"{at} に公開予定",version:"版 {n}",title:"件名",name:"名称",background:"背景",desiredOutcome:"求める成果",department:"担当課",noDepartment:"（指定なし）",tags:"分野・タグ",tagsHelp:"読点「、」またはカンマで区切って入力します。",opensAt:"募集開始日時",closesAt:"募集終了日時",isOpen:"募集状況",open:"募集中",closed:"募集していない",locality:"実施自治体",localityHelp:"他の自治体の事例もあります（例: 青森市）。",program:"公民連携の窓口・プログラム名",category:"分類",catPARTNERSHIP:"連携事業",catDEMONSTRATION:"実証実験",catAGREEMENT:"連携協定",catOTHER:"その他",startOn:"開始日",endOn:"終了日",dateNote:"日程（原文）",dateNoteHelp:"「令和7年度中」のように日付で書けない日程を書きます。",summary:"概要",partners:"連携先",parties:"締結先（事業者等）",partnerSearch:"連携先を探す",partnerNone:"該当する連携先がありません。",partnersChosen:"選択中: {names}",resources:"提供リソース",resourcesHelp:"市と事業者等がそれぞれ提供するもの（ヒト・モノ・カネ・情報）を書きます。",resourcesCaption:"提供リソース（行: 種類、列: 提供する側）",kindCol:"種類",sideCITY:"市",sidePARTNER:"事業者等",resPEOPLE:"ヒト",resGOODS:"モノ",resMONEY:"カネ",resINFORMATION:"情報",resCell:"{side}が提供する{kind}",merits:"メリット・期待される効果",meritFor:"{side}のメリット",meritHelp:"1行に1項目を書きます。",agreementKind:"協定の種類",akBUSINESS:"事業連携協定",akCOMPREHENSIVE:"包括連携協定",akMEMORANDUM:"覚書",agreementStatus:"協定の状態",asPLANNED:"締結予定",asACTIVE:"有効",asEXPIRED:"期間満了",asTERMINATED:"解除",purpose:"目的",signedOn:"締結日",termStartOn:"協定期間の開始日",termEndOn:"協定期間の終了日",items:"連携事項",itemsHelp:"1行に1項目を書きます。",projectKind:"事業の種類",pkPARTNERSHIP:"パートナーシップ事業",pkDEMONSTRATION:"実証実験サポート事業",projectStatus:"事業の状態",psPLANNED:"準備中",psONGOING:"実施中",psCOMPLETED:"完了",psCANCELLED:"中止",site:"実施場所",leadDepartment:"担当課",agreement:"根拠となる協定",noAgreement:"（なし）",body:"本文",annCategory:"区分",annCategoryHelp:"例: 募集、イベント、お知らせ",methodKey:"識別子（半角英数字）",methodKeyHelp:"例: pfi。公開サイトのURLなどに使います。",description:"内容",position:"並び順",saveDraft:"保存する",create:"作成する",saved:"保存しました。",created:"作成しました。",conflict:"他の職員が先に更新しました。再読み込みしてください",reloadLatest:"最新の内容を読み込む",secPublication:"公開",publishNow:"今すぐ公開",publishAt:"日時を指定して公開",publishAtLabel:"公開日時",publishAtHelp:"日本時間で指定します。過去の日時を指定すると、すぐに公開されます。",schedule:"公開を予約",unpublish:"公開をやめる（下書きに戻す）",archive:"アーカイブする",published:"公開しました。",scheduled:"公開を予約しました。",unpublished:"下書きに戻しました。",archived:"アーカイブしました。",confirmPublish:"公開しますか？",confirmPublishBody:"「{title}」を公開サイトに掲載します。",confirmUnpublish:"公開をやめますか？",confirmUnpublishBody:"「{title}」を公開サイトから外し、下書きに戻します。",confirmArchive:"アーカイブしますか？",confirmArchiveBody:"「{title}」をアーカイブします。",pendingNotice:"担当課からの変更が承認待ちです。「今すぐ公開」で反映されます。",preview:"プレビュー",previewMake:"プレビュー用リンクを作る",previewLink:"プレビューを開く（{at} まで有効）",previewTitle:"プレビュー（下書き）",previewNote:"この画面は公開前の内容です。公開サイトにはまだ表示されていません。",previewGone:"プレビューの有効期限が切れたか、リンクが正しくありません。編集画面からもう一度リンクを作ってください。",delete:"削除する",confirmDelete:"削除しますか？",confirmDeleteBody:"「{title}」を削除します。削除した直後であれば、この画面で元に戻せます。",deleted:"「{title}」を削除しました。",restoreDeleted:"元に戻す",restored:"元に戻しました。",secRevisions:"変更の履歴（版）",revNumber:"版",revAuthor:"保存した人",revAt:"保存日時",revPending:"承認待ち",revRestore:"この版に戻す",revRestoreNamed:"版{n}に戻す",confirmRevRestore:"版{n}に戻しますか？",confirmRevRestoreBody:"この版の内容を新しい下書きとして保存します。公開中の内容はそのままです。",revRestored:"版{n}を下書きとして復元しました。",revNone:"まだ履歴はありません。",revCaption:"変更の履歴",secMedia:"画像・資料",mediaNone:"画像・資料はまだありません。",mediaCaption:"画像・資料の一覧",mediaFile:"ファイル",mediaFileHelp:"写真（JPEG・PNG）やPDFを選びます。",mediaAlt:"代替テキスト",mediaAltHelp:"画像を見られない人のために、画像の内容を短い文で書きます（例: 駅前広場で清掃活動をする市職員と企業の社員）。",mediaAltFor:"「{file}」の代替テキスト",mediaAltMissing:"代替テキスト未入力",mediaAltSave:"代替テキストを保存",mediaAltSaved:"「{file}」の代替テキストを保存しました。",mediaUpload:"アップロード",mediaUploaded:"「{file}」を追加しました。",mediaChoose:"ファイルを選んでください。",mediaAskAlt:"画像には代替テキストを入力してください。",mediaDelete:"削除",mediaDeleteNamed:"「{file}」を削除",confirmMediaDelete:"「{file}」を削除しますか？",mediaDeleted:"「{file}」を削除しました。",mediaType:"種類",mediaSize:"大きさ",mediaOps:"操作",mediaAfterCreate:"画像・資料は、保存した後に追加できます。",bytes:"{n} バイト",kb:"{n} KB",mb:"{n} MB",notAllowed:"この画面を使う権限がありません。",none:"なし",saveFirst:"まず保存してください。"},{navChallenges:"Challenges",navCaseStudies:"Case studies",navAgreements:"Agreements",navProjects:"Projects",navAnnouncements:"Announcements",navMethods:"Collaboration methods",listChallenges:"Challenges",listCaseStudies:"Case studies",listAgreements:"Agreements",listProjects:"Projects",listAnnouncements:"Announcements",listMethods:"Other collaboration methods",newChallenge:"New challenge",newCaseStudy:"New case study",newAgreement:"New agreement",newProject:"New project",newAnnouncement:"New announcement",newMethod:"New method",editChallenge:"Edit challenge",editCaseStudy:"Edit case study",editAgreement:"Edit agreement",editProject:"Edit project",editAnnouncement:"Edit announcement",editMethod:"Edit collaboration method",backToList:"Back to the list",filters:"Filters",search:"Keywords",searchHelp:"Words in the title or text.",any:"All",apply:"Filter",clear:"Clear",colTitle:"Title",colState:"Publication",colUpdated:"Updated",colDepartment:"Department",colPeriod:"Period",colLocality:"Municipality",colCategory:"Category",colKind:"Kind",colStatus:"Status",colSigned:"Signed",colPosition:"Position",colKey:"Key",colName:"Name",stateDRAFT:"Draft",statePUBLISHED:"Published",stateARCHIVED:"Archived",stateScheduled:"Scheduled",publishedAt:"Published: {at}",scheduledAt:"Publishes at {at}",version:"Version {n}",title:"Title",name:"Name",background:"Background",desiredOutcome:"Desired outcome",department:"Department",noDepartment:"(none)",tags:"Tags",tagsHelp:"Separate with commas.",opensAt:"Proposals open",closesAt:"Proposals close",isOpen:"Open for proposals",open:"Open",closed:"Not open",locality:"Municipality",localityHelp:"It may be another city (e.g. Aomori).",program:"PPP desk or programme name",category:"Category",catPARTNERSHIP:"Partnership",catDEMONSTRATION:"Field trial",catAGREEMENT:"Agreement",catOTHER:"Other",startOn:"Start date",endOn:"End date",dateNote:"Schedule as written",dateNoteHelp:'For schedules that are not a date (e.g. "during FY2025").',summary:"Summary",partners:"Partners",parties:"Parties",partnerSearch:"Find partners",partnerNone:"No partner matches.",partnersChosen:"Chosen: {names}",resources:"Resources",resourcesHelp:"What the city and the partner each contribute (people, goods, money, information).",resourcesCaption:"Resources (rows: kind, columns: side)",kindCol:"Kind",sideCITY:"City",sidePARTNER:"Partner",resPEOPLE:"People",resGOODS:"Goods",resMONEY:"Money",resINFORMATION:"Information",resCell:"{kind} from the {side}",merits:"Merits and expected effects",meritFor:"Merits for the {side}",meritHelp:"One item per line.",agreementKind:"Kind of agreement",akBUSINESS:"Business agreement",akCOMPREHENSIVE:"Comprehensive agreement",akMEMORANDUM:"Memorandum",agreementStatus:"Status",asPLANNED:"Planned",asACTIVE:"In force",asEXPIRED:"Expired",asTERMINATED:"Terminated",purpose:"Purpose",signedOn:"Signed on",termStartOn:"Term starts",termEndOn:"Term ends",items:"Fields of cooperation",itemsHelp:"One item per line.",projectKind:"Scheme",pkPARTNERSHIP:"Partnership project",pkDEMONSTRATION:"Supported field trial",projectStatus:"Status",psPLANNED:"Planned",psONGOING:"Ongoing",psCOMPLETED:"Completed",psCANCELLED:"Cancelled",site:"Site",leadDepartment:"Lead department",agreement:"Agreement it runs under",noAgreement:"(none)",body:"Body",annCategory:"Category",annCategoryHelp:"e.g. Call, Event, News",methodKey:"Key (ASCII)",methodKeyHelp:"e.g. pfi; used in portal URLs.",description:"Description",position:"Position",saveDraft:"Save",create:"Create",saved:"Saved.",created:"Created.",conflict:"Another staff member updated this first. Please reload.",reloadLatest:"Load the latest",secPublication:"Publication",publishNow:"Publish now",publishAt:"Publish at a time",publishAtLabel:"Publish at",publishAtHelp:"Japan time. A past time publishes now.",schedule:"Schedule",unpublish:"Unpublish (back to draft)",archive:"Archive",published:"Published.",scheduled:"Scheduled.",unpublished:"Back to draft.",archived:"Archived.",confirmPublish:"Publish?",confirmPublishBody:'"{title}" goes on the portal.',confirmUnpublish:"Unpublish?",confirmUnpublishBody:'"{title}" leaves the portal and becomes a draft.',confirmArchive:"Archive?",confirmArchiveBody:'"{title}" will be archived.',pendingNotice:`A department's change waits for approval; "Publish now" applies it.`,preview:"Preview",previewMake:"Make a preview link",previewLink:"Open the preview (valid until {at})",previewTitle:"Preview (draft)",previewNote:"This is the content before publication; the portal does not show it yet.",previewGone:"The preview link has expired or is wrong. Make a new one from the editor.",delete:"Delete",confirmDelete:"Delete?",confirmDeleteBody:'"{title}" will be deleted. Right after deleting you can undo it here.',deleted:'Deleted "{title}".',restoreDeleted:"Undo",restored:"Restored.",secRevisions:"Revisions",revNumber:"Version",revAuthor:"Saved by",revAt:"Saved",revPending:"Awaiting approval",revRestore:"Restore this version",revRestoreNamed:"Restore version {n}",confirmRevRestore:"Restore version {n}?",confirmRevRestoreBody:"Its content is saved as a new draft; live content stays as it is.",revRestored:"Version {n} restored as a draft.",revNone:"No revisions yet.",revCaption:"Revisions",secMedia:"Photos and documents",mediaNone:"No photos or documents yet.",mediaCaption:"Photos and documents",mediaFile:"File",mediaFileHelp:"A photo (JPEG, PNG) or a PDF.",mediaAlt:"Text alternative",mediaAltHelp:"Describe the image in a short sentence for people who cannot see it.",mediaAltFor:'Text alternative of "{file}"',mediaAltMissing:"No text alternative",mediaAltSave:"Save text alternative",mediaAltSaved:'Saved the text alternative of "{file}".',mediaUpload:"Upload",mediaUploaded:'Added "{file}".',mediaChoose:"Choose a file.",mediaAskAlt:"Please write a text alternative for an image.",mediaDelete:"Delete",mediaDeleteNamed:'Delete "{file}"',confirmMediaDelete:'Delete "{file}"?',mediaDeleted:'Deleted "{file}".',mediaType:"Type",mediaSize:"Size",mediaOps:"Actions",mediaAfterCreate:"Photos and documents can be added once it is saved.",bytes:"{n} bytes",kb:"{n} KB",mb:"{n} MB",notAllowed:"You may not use this screen.",none:"None",saveFirst:"Save first."});var Dt="";function de(t){let[n,r]=h(t.blank),[o,i]=h(()=>{let l=Dt;return Dt="",l});Z(()=>{t.item&&r(t.toForm(t.item))},[t.item]);let d=L(async()=>{if(i(""),!t.item){let l=await t.create(n);Dt=s("created"),i(Dt),oe(t.path(l));return}await t.update(n,t.item.version),i(s("saved")),await t.q.reload()});return{form:n,set:(l,a)=>r(f=>({...f,[l]:a})),save:()=>{d.run()},busy:d.busy,error:d.error,notice:o,setNotice:i,reload:()=>{d.clear(),t.q.reload()}}}function ce({state:t,publishedAt:n}){return t==="PUBLISHED"&&n&&new Date(n).getTime()>Date.now()?e(F,{tone:"warning",icon:"◇",testid:"pub-state",children:s("stateScheduled")}):e(F,{tone:t==="PUBLISHED"?"success":t==="ARCHIVED"?"neutral":"info",icon:t==="PUBLISHED"?"●":t==="ARCHIVED"?"■":"✎",testid:"pub-state",children:s(`state${t}`)})}var xa=new Intl.DateTimeFormat("en-CA",{year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:"Asia/Tokyo"});function Wt(t){if(!t)return"";let n=new Date(t);if(Number.isNaN(n.getTime()))return"";let r=Object.fromEntries(xa.formatToParts(n).map(i=>[i.type,i.value])),o=r.hour==="24"?"00":r.hour;return`${r.year}-${r.month}-${r.day}T${o}:${r.minute}`}function je(t){return t?`${t.length===16?`${t}:00`:t}+09:00`:null}function Re(t,n=!1){return(n?t.split(/\r?\n/):t.split(/[、,，\n]/)).map(o=>o.trim()).filter(Boolean)}function Qt(t){return t<1024?s("bytes",{n:t}):t<1024*1024?s("kb",{n:(t/1024).toFixed(1)}):s("mb",{n:(t/1024/1024).toFixed(1)})}function B(t){return t.trim()===""?null:t}function ae(t,n,r){let o=t.map(i=>({value:i,label:n(i)}));return r?[{value:"",label:r},...o]:o}function le({error:t,onReload:n}){return t?t.code==="CONFLICT"?e("div",{class:"banner banner-error",role:"alert","data-testid":"conflict",children:[e("span",{class:"banner-icon","aria-hidden":"true",children:"⚠"}),e("span",{children:s("conflict")}),e("button",{type:"button",class:"btn btn-small",onClick:n,children:s("reloadLatest")})]}):e($,{error:t}):null}function ee({title:t,list:n,listLabel:r,children:o}){return e("div",{class:"content-head",children:[e("p",{class:"content-back",children:e("a",{href:q(n),children:["← ",s("backToList"),"（",r,"）"]})}),e("h1",{children:t}),o]})}var Ti=C(`
  mutation ContentPublish($id: ID!, $at: DateTime) {
    publish(id: $id, at: $at) {
      id
    }
  }
`),Ta=C(`
  mutation ContentUnpublish($id: ID!) {
    unpublish(id: $id) {
      id
    }
  }
`),Na=C(`
  mutation ContentArchive($id: ID!) {
    archive(id: $id) {
      id
    }
  }
`),_a=C(`
  mutation ContentRestoreDeleted($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),Ma=C(`
  mutation ContentPreviewToken($id: ID!) {
    createPreviewToken(id: $id) {
      token
      expiresAt
    }
  }
`);function fe(t){let n=ge(),r=re(n,{resource:"content",action:"publish"}),o=re(n,{resource:"content",action:"preview"}),i=re(n,{resource:"content",action:"restore"}),[d,l]=h(null),[a,f]=h(""),[m,u]=h(""),[b,y]=h(!1),[c,P]=h(null),A=L(async w=>{switch(u(""),w){case"publish":await x(Ti,{id:t.id,at:null}),u(s("published"));break;case"schedule":await x(Ti,{id:t.id,at:je(a)}),u(s("scheduled"));break;case"unpublish":await x(Ta,{id:t.id}),u(s("unpublished"));break;case"archive":await x(Na,{id:t.id}),u(s("archived"));break;case"delete":await t.remove(t.id),y(!0),u(s("deleted",{title:t.title})),l(null);return;case"undo":await x(_a,{id:t.id}),y(!1),u(s("restored")),t.onRestored();return;case"preview":{let pe=await x(Ma,{id:t.id});P(pe.createPreviewToken);return}}l(null),t.onChanged()}),v=w=>{A.run(w).then(()=>l(null))},O=ie();if(b)return e("section",{"aria-labelledby":`${O}-h`,class:"content-panel",children:[e("h2",{id:`${O}-h`,children:s("secPublication")}),e(V,{children:m}),e($,{error:A.error}),i&&e(I,{variant:"primary",busy:A.busy,onClick:()=>v("undo"),"data-testid":"restore-deleted",children:s("restoreDeleted")})]});let E={publish:{title:s("confirmPublish"),body:s("confirmPublishBody",{title:t.title}),label:s("publishNow"),danger:!1},unpublish:{title:s("confirmUnpublish"),body:s("confirmUnpublishBody",{title:t.title}),label:s("unpublish"),danger:!0},archive:{title:s("confirmArchive"),body:s("confirmArchiveBody",{title:t.title}),label:s("archive"),danger:!0},delete:{title:s("confirmDelete"),body:s("confirmDeleteBody",{title:t.title}),label:s("delete"),danger:!0}},_=d?E[d]:null;return e("section",{"aria-labelledby":`${O}-h`,class:"content-panel","data-testid":"publication",children:[e("h2",{id:`${O}-h`,children:s("secPublication")}),t.state&&e("p",{children:[e(ce,{state:t.state,publishedAt:t.publishedAt})," ",t.publishedAt&&(new Date(t.publishedAt).getTime()>Date.now()?s("scheduledAt",{at:M(t.publishedAt)}):s("publishedAt",{at:M(t.publishedAt)}))]}),t.pending&&e("p",{class:"content-pending",children:s("pendingNotice")}),e(V,{children:m}),e($,{error:A.error}),t.state&&r&&e(T,{children:[e("div",{class:"actions",children:[e(I,{variant:"primary",onClick:()=>l("publish"),"data-testid":"publish-now",children:s("publishNow")}),t.state!=="DRAFT"&&e(I,{onClick:()=>l("unpublish"),"data-testid":"unpublish",children:s("unpublish")}),t.state!=="ARCHIVED"&&e(I,{onClick:()=>l("archive"),"data-testid":"archive",children:s("archive")})]}),e("form",{class:"content-schedule",onSubmit:w=>{w.preventDefault(),a&&v("schedule")},children:e(Y,{legend:s("publishAt"),children:[e(S,{label:s("publishAtLabel"),type:"datetime-local",value:a,onInput:f,help:s("publishAtHelp"),required:!0,testid:"publish-at"}),e(I,{type:"submit",busy:A.busy,disabled:!a,"data-testid":"schedule",children:s("schedule")})]})})]}),e("div",{class:"actions",children:[o&&t.state&&e(I,{onClick:()=>v("preview"),busy:A.busy,"data-testid":"make-preview",children:s("previewMake")}),c&&e("a",{class:"btn btn-link",href:q(`/preview/${c.token}`),"data-testid":"preview-link",children:s("previewLink",{at:M(c.expiresAt)})}),e(I,{variant:"danger",onClick:()=>l("delete"),"data-testid":"delete",children:s("delete")})]}),e(ne,{open:_!==null,title:_?.title??"",confirmLabel:_?.label,danger:_?.danger,busy:A.busy,onConfirm:()=>d&&v(d),onCancel:()=>l(null),children:e("p",{children:_?.body})})]})}var Ea=C(`
  query ContentRevisions($id: ID!) {
    revisions(id: $id) {
      id
      number
      author {
        displayName
      }
      createdAt
      pending
    }
  }
`),qa=C(`
  mutation ContentRestoreRevision($id: ID!) {
    restoreRevision(id: $id) {
      id
    }
  }
`);function ye({id:t,version:n,onRestored:r}){let o=ge(),i=re(o,{resource:"content",action:"readRevisions"}),d=re(o,{resource:"content",action:"revisions"}),l=N(Ea,{id:t},!i),a=Ce(n);Z(()=>{a.current!==n&&(a.current=n,l.reload())},[n]);let[f,m]=h(null),[u,b]=h(""),y=L(async A=>{await x(qa,{id:A.id}),b(s("revRestored",{n:A.number})),m(null),r()}),c=ie();if(!i)return null;let P=l.data?.revisions??[];return e("section",{"aria-labelledby":c,class:"content-panel",children:[e("h2",{id:c,children:s("secRevisions")}),e(V,{children:u}),e($,{error:l.error??y.error}),P.length===0?e("p",{children:s("revNone")}):e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"revisions",children:[e("caption",{class:"visually-hidden",children:s("revCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:s("revNumber")}),e("th",{scope:"col",children:s("revAuthor")}),e("th",{scope:"col",children:s("revAt")}),d&&e("th",{scope:"col",children:s("mediaOps")})]})}),e("tbody",{children:P.map(A=>e("tr",{children:[e("td",{children:[A.number," ",A.pending&&e(F,{tone:"warning",icon:"△",children:s("revPending")})]}),e("td",{children:A.author?.displayName??"—"}),e("td",{children:M(A.createdAt)}),d&&e("td",{children:e(I,{variant:"link",onClick:()=>m({id:A.id,number:A.number}),children:s("revRestoreNamed",{n:A.number})})})]},A.id))})]})}),e(ne,{open:f!==null,title:f?s("confirmRevRestore",{n:f.number}):"",confirmLabel:s("revRestore"),busy:y.busy,onConfirm:()=>f&&void y.run(f),onCancel:()=>m(null),children:e("p",{children:s("confirmRevRestoreBody")})})]})}C(`
  fragment ContentMediaItem on Media {
    id
    fileName
    contentType
    size
    url
    alt
  }
`);var Ra=C(`
  mutation ContentAttachMedia($contentId: ID!, $file: Upload!, $alt: String) {
    attachMedia(contentId: $contentId, file: $file, alt: $alt) {
      id
      fileName
    }
  }
`),Oa=C(`
  mutation ContentUpdateMedia($id: ID!, $alt: String!) {
    updateMedia(id: $id, alt: $alt) {
      id
      alt
    }
  }
`),La=C(`
  mutation ContentDeleteMedia($id: ID!) {
    deleteMedia(id: $id)
  }
`);function Fa({m:t,onSaved:n}){let[r,o]=h(t.alt);Z(()=>o(t.alt),[t.alt]);let i=L(async()=>{await x(Oa,{id:t.id,alt:r}),n(s("mediaAltSaved",{file:t.fileName}))});return e("form",{class:"content-alt",onSubmit:d=>{d.preventDefault(),i.run()},children:[e(S,{label:s("mediaAltFor",{file:t.fileName}),value:r,onInput:o,maxLength:250,error:i.error?i.error.clerkMessage():void 0}),e(I,{type:"submit",busy:i.busy,disabled:r===t.alt,children:s("mediaAltSave")})]})}function he({contentId:t,media:n,onChanged:r}){let o=ge(),i=re(o,{resource:"content",action:"media"}),[d,l]=h(null),[a,f]=h(""),[m,u]=h(""),[b,y]=h(""),[c,P]=h(null),A=L(async _=>{let w=await mt(Ra,{contentId:t,file:null,alt:B(a)},[{path:"variables.file",file:d}]);u(s("mediaUploaded",{file:w.attachMedia.fileName})),l(null),f(""),_.reset(),r()}),v=L(async _=>{await x(La,{id:_.id}),u(s("mediaDeleted",{file:_.fileName})),P(null),r()}),O=ie(),E=ie();return e("section",{"aria-labelledby":O,class:"content-panel","data-testid":"media",children:[e("h2",{id:O,children:s("secMedia")}),e(V,{children:m}),e($,{error:A.error??v.error}),n.length===0?e("p",{children:s("mediaNone")}):e("ul",{class:"content-media",children:n.map(_=>e("li",{children:[e("p",{children:[e("strong",{children:_.fileName}),"（",_.contentType,"、",Qt(_.size),"）"," ",_.contentType.startsWith("image/")&&_.alt===""&&e(F,{tone:"warning",icon:"!",children:s("mediaAltMissing")})]}),i&&e("div",{class:"content-media-ops",children:[e(Fa,{m:_,onSaved:u}),e(I,{variant:"danger",onClick:()=>P(_),"aria-label":s("mediaDeleteNamed",{file:_.fileName}),children:s("mediaDelete")})]})]},_.id))}),i&&e("form",{class:"content-upload",onSubmit:_=>{if(_.preventDefault(),y(""),!d)return y(s("mediaChoose"));if(d.type.startsWith("image/")&&a.trim()==="")return y(s("mediaAskAlt"));A.run(_.currentTarget)},children:[e("div",{class:"field",children:[e("label",{for:E,children:s("mediaFile")}),e("input",{id:E,type:"file",accept:"image/jpeg,image/png,image/gif,image/webp,application/pdf","aria-describedby":`${E}-help`,"data-testid":"media-file",onChange:_=>l(_.currentTarget.files?.[0]??null)}),e("p",{class:"help",id:`${E}-help`,children:s("mediaFileHelp")})]}),e(S,{label:s("mediaAlt"),value:a,onInput:f,help:s("mediaAltHelp"),maxLength:250,testid:"media-alt",error:b||void 0}),e(I,{type:"submit",variant:"primary",busy:A.busy,"data-testid":"media-upload",children:s("mediaUpload")})]}),e(ne,{open:c!==null,title:c?s("confirmMediaDelete",{file:c.fileName}):"",confirmLabel:s("mediaDelete"),danger:!0,busy:v.busy,onConfirm:()=>c&&void v.run(c),onCancel:()=>P(null)})]})}var Ae=["CITY","PARTNER"],Ct=["PEOPLE","GOODS","MONEY","INFORMATION"];function At(t){let n={};for(let r of t){let o=`${r.side}/${r.kind}`;n[o]=n[o]?`${n[o]}
${r.description}`:r.description}return n}function vt(t){let n=[];for(let r of Ae)for(let o of Ct){let i=(t[`${r}/${o}`]??"").trim();i&&n.push({side:r,kind:o,description:i})}return n}function kt({value:t,onChange:n}){let r=ie();return e(Y,{legend:s("resources"),children:[e("p",{class:"help",children:s("resourcesHelp")}),e("div",{class:"table-wrap",children:e("table",{class:"table matrix content-matrix","data-testid":"resources-editor",children:[e("caption",{class:"visually-hidden",children:s("resourcesCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:s("kindCol")}),Ae.map(o=>e("th",{scope:"col",children:s(`side${o}`)},o))]})}),e("tbody",{children:Ct.map(o=>e("tr",{children:[e("th",{scope:"row",children:s(`res${o}`)}),Ae.map(i=>{let d=`${r}-${i}-${o}`;return e("td",{children:[e("label",{for:d,class:"visually-hidden",children:s("resCell",{side:s(`side${i}`),kind:s(`res${o}`)})}),e("textarea",{id:d,rows:3,value:t[`${i}/${o}`]??"","data-testid":`res-${i}-${o}`,onInput:l=>n({...t,[`${i}/${o}`]:l.currentTarget.value})})]},i)})]},o))})]})})]})}function Ue(t){let n={CITY:"",PARTNER:""};for(let r of t)n[r.side]=n[r.side]?`${n[r.side]}
${r.description}`:r.description;return n}function Be(t){return Ae.flatMap(n=>Re(t[n],!0).map(r=>({side:n,description:r})))}function Ve({value:t,onChange:n}){return e(Y,{legend:s("merits"),class:"content-merits",children:Ae.map(r=>e(z,{label:s("meritFor",{side:s(`side${r}`)}),help:s("meritHelp"),value:t[r],rows:3,testid:`merit-${r}`,onInput:o=>n({...t,[r]:o})},r))})}function ue(t){return e(T,{children:[e("div",{class:"content-listhead",children:[e("h1",{children:t.title}),t.newLabel&&t.newPath&&e("a",{class:"btn btn-primary",href:q(t.newPath),"data-testid":"new-item",children:["＋ ",t.newLabel]})]}),t.filters&&e("form",{class:"content-filters",role:"search",onSubmit:n=>{n.preventDefault(),t.onApply?.()},children:e(Y,{legend:s("filters"),children:[e("div",{class:"content-filter-row",children:t.filters}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary",children:s("apply")}),e(I,{onClick:t.onClear,children:s("clear")})]})]})}),t.children]})}function be(t){let[n,r]=h(t),[o,i]=h(t),[d,l]=h(null);return{draft:n,setDraft:r,filter:o,apply:()=>{i(n),l(null)},clear:()=>{r(t),i(t),l(null)},after:d,setAfter:l}}var te=20,ja=C(`
  query ContentDepartments {
    municipality {
      departments {
        id
        name
      }
    }
  }
`);function He(t){let n=N(ja,{}),r=[{value:"",label:t.noneLabel},...(n.data?.municipality.departments??[]).map(o=>({value:o.id,label:o.name}))];return e(R,{label:t.label,value:t.value,onChange:t.onChange,options:r,testid:t.testid})}var Ua=C(`
  query ContentPartners($search: String) {
    partners(first: 30, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);function Ke({legend:t,value:n,onChange:r}){let[o,i]=h(""),[d,l]=h(""),a=N(Ua,{search:B(d)}),f=new Set(n.map(y=>y.id)),m=(a.data?.partners.edges??[]).map(y=>y.node).filter(y=>!f.has(y.id)),u=(y,c)=>r(c?[...n,y]:n.filter(P=>P.id!==y.id)),b=ie();return e(Y,{legend:t,class:"content-partners",children:[e("ul",{class:"content-checks",children:[...n,...m].map(y=>e("li",{children:[e("input",{id:`${b}-${y.id}`,type:"checkbox",checked:f.has(y.id),onChange:c=>u(y,c.currentTarget.checked)})," ",e("label",{for:`${b}-${y.id}`,children:y.name})]},y.id))}),m.length===0&&n.length===0&&e("p",{children:s("partnerNone")}),e("div",{class:"content-inline",children:[e(S,{label:s("partnerSearch"),type:"search",value:o,onInput:i}),e(I,{onClick:()=>l(o),children:s("apply")})]})]})}var _i=["BUSINESS","COMPREHENSIVE","MEMORANDUM"],Mi=["PLANNED","ACTIVE","EXPIRED","TERMINATED"],Ba=C(`
  query ContentAgreementList($first: Int, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          signedOn
          parties {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Ei(t){let n=be({search:"",kind:"",status:""}),r={search:B(n.filter.search),kind:B(n.filter.kind),status:B(n.filter.status)},o=N(Ba,{first:te,after:n.after,filter:r});return e(ue,{title:s("listAgreements"),newLabel:s("newAgreement"),newPath:"/content/agreements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(S,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(R,{label:s("agreementKind"),value:n.draft.kind,onChange:i=>n.setDraft({...n.draft,kind:i}),options:ae(_i,i=>s(`ak${i}`),s("any"))}),e(R,{label:s("agreementStatus"),value:n.draft.status,onChange:i=>n.setDraft({...n.draft,status:i}),options:ae(Mi,i=>s(`as${i}`),s("any"))})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(j,{label:D("loading")}),e(J,{caption:s("listAgreements"),testid:"agreement-list",page:o.data?.agreements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:te,columns:[{header:s("colTitle"),cell:i=>e("a",{href:q(`/content/agreements/${i.id}`),children:i.title})},{header:s("parties"),cell:i=>i.parties.map(d=>d.name).join("、")||"—"},{header:s("colKind"),cell:i=>s(`ak${i.kind}`)},{header:s("colSigned"),cell:i=>K(i.signedOn)||"—"},{header:s("colStatus"),cell:i=>s(`as${i.status}`)},{header:s("colState"),cell:i=>e(ce,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>M(i.updatedAt)}]})]})}var Va=C(`
  query ContentAgreement($id: ID!) {
    agreement(id: $id) {
      id
      kind
      title
      purpose
      parties {
        id
        name
      }
      signedOn
      termStartOn
      termEndOn
      items
      merits {
        side
        description
      }
      status
      publicationState
      publishedAt
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),Ha=C(`
  mutation ContentAgreementCreate($input: AgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`),Ka=C(`
  mutation ContentAgreementUpdate($id: ID!, $input: AgreementInput!, $version: Int!) {
    updateAgreement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Wa=C(`
  mutation ContentAgreementDelete($id: ID!) {
    deleteAgreement(id: $id)
  }
`),Qa={kind:"BUSINESS",title:"",purpose:"",parties:[],signedOn:"",termStartOn:"",termEndOn:"",items:"",merits:{CITY:"",PARTNER:""},status:"PLANNED"};function Ni(t){return{kind:t.kind,title:t.title,purpose:t.purpose,partyIds:t.parties.map(n=>n.id),signedOn:B(t.signedOn),termStartOn:B(t.termStartOn),termEndOn:B(t.termEndOn),items:Re(t.items,!0),merits:Be(t.merits),status:t.status}}function qi({params:t}){let n=t.id==="new",r=N(Va,{id:t.id??""},n),o=n?null:r.data?.agreement,i=de({q:r,item:o,blank:Qa,toForm:a=>({kind:a.kind,title:a.title,purpose:a.purpose,parties:a.parties.map(f=>({id:f.id,name:f.name})),signedOn:a.signedOn??"",termStartOn:a.termStartOn??"",termEndOn:a.termEndOn??"",items:a.items.join(`
`),merits:Ue(a.merits),status:a.status}),create:async a=>(await x(Ha,{input:Ni(a)})).createAgreement.id,update:(a,f)=>x(Ka,{id:t.id,input:Ni(a),version:f}),path:a=>`/content/agreements/${a}`}),d=n?s("newAgreement"):s("editAgreement");if(!n&&!o)return e(T,{children:[e(ee,{title:d,list:"/content/agreements",listLabel:s("listAgreements")}),r.loading?e(j,{label:D("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:D("retry")})]});let l=i.form;return e(T,{children:[e(ee,{title:d,list:"/content/agreements",listLabel:s("listAgreements"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),i.save()},children:[e(V,{children:i.notice}),e(le,{error:i.error,onReload:i.reload}),e(S,{label:s("name"),value:l.title,onInput:a=>i.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(R,{label:s("agreementKind"),value:l.kind,onChange:a=>i.set("kind",a),options:ae(_i,a=>s(`ak${a}`))}),e(R,{label:s("agreementStatus"),value:l.status,onChange:a=>i.set("status",a),options:ae(Mi,a=>s(`as${a}`))})]}),e(z,{label:s("purpose"),value:l.purpose,onInput:a=>i.set("purpose",a),rows:4}),e(Ke,{legend:s("parties"),value:l.parties,onChange:a=>i.set("parties",a)}),e(z,{label:s("items"),value:l.items,onInput:a=>i.set("items",a),help:s("itemsHelp"),rows:5,testid:"field-items"}),e(S,{label:s("signedOn"),type:"date",value:l.signedOn,onInput:a=>i.set("signedOn",a),help:K(l.signedOn),testid:"field-signed"}),e("div",{class:"content-pair",children:[e(S,{label:s("termStartOn"),type:"date",value:l.termStartOn,onInput:a=>i.set("termStartOn",a),help:K(l.termStartOn),testid:"field-term-start"}),e(S,{label:s("termEndOn"),type:"date",value:l.termEndOn,onInput:a=>i.set("termEndOn",a),help:K(l.termEndOn),testid:"field-term-end"})]}),e(Ve,{value:l.merits,onChange:a=>i.set("merits",a)}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(fe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(Wa,{id:a}),onChanged:i.reload,onRestored:i.reload}),e(he,{contentId:o.id,media:o.media,onChanged:i.reload}),e(ye,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var za=C(`
  query ContentAnnouncementList($first: Int, $after: String, $filter: AnnouncementFilter) {
    announcements(first: $first, after: $after, filter: $filter, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          category
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Oi(t){let n=be({search:"",category:""}),r={search:B(n.filter.search),category:B(n.filter.category)},o=N(za,{first:te,after:n.after,filter:r});return e(ue,{title:s("listAnnouncements"),newLabel:s("newAnnouncement"),newPath:"/content/announcements/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(S,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(S,{label:s("annCategory"),value:n.draft.category,onInput:i=>n.setDraft({...n.draft,category:i}),help:s("annCategoryHelp")})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(j,{label:D("loading")}),e(J,{caption:s("listAnnouncements"),testid:"announcement-list",page:o.data?.announcements,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:te,columns:[{header:s("colTitle"),cell:i=>e("a",{href:q(`/content/announcements/${i.id}`),children:i.title})},{header:s("colCategory"),cell:i=>i.category||"—"},{header:s("colState"),cell:i=>e(ce,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>M(i.updatedAt)}]})]})}var Ga=C(`
  query ContentAnnouncement($id: ID!) {
    announcement(id: $id) {
      id
      title
      body
      category
      publicationState
      publishedAt
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),Ya=C(`
  mutation ContentAnnouncementCreate($input: AnnouncementInput!) {
    createAnnouncement(input: $input) {
      id
    }
  }
`),Ja=C(`
  mutation ContentAnnouncementUpdate($id: ID!, $input: AnnouncementInput!, $version: Int!) {
    updateAnnouncement(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),Xa=C(`
  mutation ContentAnnouncementDelete($id: ID!) {
    deleteAnnouncement(id: $id)
  }
`),Za={title:"",body:"",category:""};function Ri(t){return{title:t.title,body:t.body,category:t.category}}function Li({params:t}){let n=t.id==="new",r=N(Ga,{id:t.id??""},n),o=n?null:r.data?.announcement,i=de({q:r,item:o,blank:Za,toForm:a=>({title:a.title,body:a.body,category:a.category}),create:async a=>(await x(Ya,{input:Ri(a)})).createAnnouncement.id,update:(a,f)=>x(Ja,{id:t.id,input:Ri(a),version:f}),path:a=>`/content/announcements/${a}`}),d=n?s("newAnnouncement"):s("editAnnouncement");if(!n&&!o)return e(T,{children:[e(ee,{title:d,list:"/content/announcements",listLabel:s("listAnnouncements")}),r.loading?e(j,{label:D("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:D("retry")})]});let l=i.form;return e(T,{children:[e(ee,{title:d,list:"/content/announcements",listLabel:s("listAnnouncements"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),i.save()},children:[e(V,{children:i.notice}),e(le,{error:i.error,onReload:i.reload}),e(S,{label:s("title"),value:l.title,onInput:a=>i.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(S,{label:s("annCategory"),value:l.category,onInput:a=>i.set("category",a),help:s("annCategoryHelp"),maxLength:50}),e(z,{label:s("body"),value:l.body,onInput:a=>i.set("body",a),rows:10,testid:"field-body"}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(fe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(Xa,{id:a}),onChanged:i.reload,onRestored:i.reload}),e(he,{contentId:o.id,media:o.media,onChanged:i.reload}),e(ye,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var ji=["PARTNERSHIP","DEMONSTRATION","AGREEMENT","OTHER"],es=C(`
  query ContentCaseStudyList($first: Int, $after: String, $filter: CaseStudyFilter) {
    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          locality
          category
          startOn
          endOn
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Ui(t){let n=be({search:"",category:"",locality:""}),r={search:B(n.filter.search),category:B(n.filter.category)??null,locality:B(n.filter.locality)},o=N(es,{first:te,after:n.after,filter:r});return e(ue,{title:s("listCaseStudies"),newLabel:s("newCaseStudy"),newPath:"/content/case-studies/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(S,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(R,{label:s("category"),value:n.draft.category,onChange:i=>n.setDraft({...n.draft,category:i}),options:ae(ji,i=>s(`cat${i}`),s("any"))}),e(S,{label:s("locality"),value:n.draft.locality,onInput:i=>n.setDraft({...n.draft,locality:i})})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(j,{label:D("loading")}),e(J,{caption:s("listCaseStudies"),testid:"case-study-list",page:o.data?.caseStudies,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:te,columns:[{header:s("colTitle"),cell:i=>e("a",{href:q(`/content/case-studies/${i.id}`),children:i.title})},{header:s("colLocality"),cell:i=>i.locality||"—"},{header:s("colCategory"),cell:i=>s(`cat${i.category}`)},{header:s("colPeriod"),cell:i=>i.startOn||i.endOn?`${K(i.startOn)} 〜 ${K(i.endOn)}`:"—"},{header:s("colState"),cell:i=>e(ce,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>M(i.updatedAt)}]})]})}var ts=C(`
  query ContentCaseStudy($id: ID!) {
    caseStudy(id: $id) {
      id
      title
      locality
      program
      category
      partners {
        id
        name
      }
      startOn
      endOn
      dateNote
      summary
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      publicationState
      publishedAt
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),ns=C(`
  mutation ContentCaseStudyCreate($input: CaseStudyInput!) {
    createCaseStudy(input: $input) {
      id
    }
  }
`),rs=C(`
  mutation ContentCaseStudyUpdate($id: ID!, $input: CaseStudyInput!, $version: Int!) {
    updateCaseStudy(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),is=C(`
  mutation ContentCaseStudyDelete($id: ID!) {
    deleteCaseStudy(id: $id)
  }
`),os={title:"",locality:"",program:"",category:"PARTNERSHIP",partners:[],startOn:"",endOn:"",dateNote:"",summary:"",resources:{},merits:{CITY:"",PARTNER:""},tags:""};function Fi(t){return{title:t.title,locality:t.locality,program:t.program,category:t.category,partnerIds:t.partners.map(n=>n.id),startOn:B(t.startOn),endOn:B(t.endOn),dateNote:t.dateNote,summary:t.summary,resources:vt(t.resources),merits:Be(t.merits),tags:Re(t.tags)}}function Bi({params:t}){let n=t.id==="new",r=N(ts,{id:t.id??""},n),o=n?null:r.data?.caseStudy,i=de({q:r,item:o,blank:os,toForm:a=>({title:a.title,locality:a.locality,program:a.program,category:a.category,partners:a.partners.map(f=>({id:f.id,name:f.name})),startOn:a.startOn??"",endOn:a.endOn??"",dateNote:a.dateNote,summary:a.summary,resources:At(a.resources),merits:Ue(a.merits),tags:a.tags.join("、")}),create:async a=>(await x(ns,{input:Fi(a)})).createCaseStudy.id,update:(a,f)=>x(rs,{id:t.id,input:Fi(a),version:f}),path:a=>`/content/case-studies/${a}`}),d=n?s("newCaseStudy"):s("editCaseStudy");if(!n&&!o)return e(T,{children:[e(ee,{title:d,list:"/content/case-studies",listLabel:s("listCaseStudies")}),r.loading?e(j,{label:D("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:D("retry")})]});let l=i.form;return e(T,{children:[e(ee,{title:d,list:"/content/case-studies",listLabel:s("listCaseStudies"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),i.save()},children:[e(V,{children:i.notice}),e(le,{error:i.error,onReload:i.reload}),e(S,{label:s("name"),value:l.title,onInput:a=>i.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(S,{label:s("locality"),value:l.locality,onInput:a=>i.set("locality",a),help:s("localityHelp"),maxLength:100,testid:"field-locality"}),e(S,{label:s("program"),value:l.program,onInput:a=>i.set("program",a),maxLength:100})]}),e(R,{label:s("category"),value:l.category,onChange:a=>i.set("category",a),options:ae(ji,a=>s(`cat${a}`)),testid:"field-category"}),e("div",{class:"content-pair",children:[e(S,{label:s("startOn"),type:"date",value:l.startOn,onInput:a=>i.set("startOn",a),help:K(l.startOn),testid:"field-start"}),e(S,{label:s("endOn"),type:"date",value:l.endOn,onInput:a=>i.set("endOn",a),help:K(l.endOn),testid:"field-end"})]}),e(S,{label:s("dateNote"),value:l.dateNote,onInput:a=>i.set("dateNote",a),help:s("dateNoteHelp"),maxLength:250}),e(z,{label:s("summary"),value:l.summary,onInput:a=>i.set("summary",a),rows:6,testid:"field-summary"}),e(Ke,{legend:s("partners"),value:l.partners,onChange:a=>i.set("partners",a)}),e(kt,{value:l.resources,onChange:a=>i.set("resources",a)}),e(Ve,{value:l.merits,onChange:a=>i.set("merits",a)}),e(S,{label:s("tags"),value:l.tags,onInput:a=>i.set("tags",a),help:s("tagsHelp")}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(fe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(is,{id:a}),onChanged:i.reload,onRestored:i.reload}),e(he,{contentId:o.id,media:o.media,onChanged:i.reload}),e(ye,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var as=C(`
  query ContentChallengeList($first: Int, $after: String, $filter: ChallengeFilter) {
    challenges(first: $first, after: $after, filter: $filter, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          department {
            name
          }
          opensAt
          closesAt
          isOpen
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function Hi(t){let n=be({search:"",departmentId:"",isOpen:""}),r={search:B(n.filter.search),departmentId:B(n.filter.departmentId),isOpen:n.filter.isOpen===""?null:n.filter.isOpen==="true"},o=N(as,{first:te,after:n.after,filter:r});return e(ue,{title:s("listChallenges"),newLabel:s("newChallenge"),newPath:"/content/challenges/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(S,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(He,{label:s("department"),value:n.draft.departmentId,onChange:i=>n.setDraft({...n.draft,departmentId:i}),noneLabel:s("any")}),e(R,{label:s("isOpen"),value:n.draft.isOpen,onChange:i=>n.setDraft({...n.draft,isOpen:i}),options:[{value:"",label:s("any")},{value:"true",label:s("open")},{value:"false",label:s("closed")}]})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(j,{label:D("loading")}),e(J,{caption:s("listChallenges"),testid:"challenge-list",page:o.data?.challenges,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:te,columns:[{header:s("colTitle"),cell:i=>e("a",{href:q(`/content/challenges/${i.id}`),children:i.title})},{header:s("colDepartment"),cell:i=>i.department?.name??"—"},{header:s("colPeriod"),cell:i=>i.opensAt||i.closesAt?`${M(i.opensAt)} 〜 ${M(i.closesAt)}`:"—"},{header:s("colState"),cell:i=>e(ce,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>M(i.updatedAt)}]})]})}var ss=C(`
  query ContentChallenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      background
      desiredOutcome
      department {
        id
        name
      }
      tags
      opensAt
      closesAt
      isOpen
      publicationState
      publishedAt
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),ds=C(`
  mutation ContentChallengeCreate($input: ChallengeInput!) {
    createChallenge(input: $input) {
      id
    }
  }
`),ls=C(`
  mutation ContentChallengeUpdate($id: ID!, $input: ChallengeInput!, $version: Int!) {
    updateChallenge(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),us=C(`
  mutation ContentChallengeDelete($id: ID!) {
    deleteChallenge(id: $id)
  }
`),ps={title:"",background:"",desiredOutcome:"",departmentId:"",tags:"",opensAt:"",closesAt:""};function Vi(t){return{title:t.title,background:t.background,desiredOutcome:t.desiredOutcome,departmentId:B(t.departmentId),tags:Re(t.tags),opensAt:je(t.opensAt),closesAt:je(t.closesAt)}}function Ki({params:t}){let n=t.id==="new",r=N(ss,{id:t.id??""},n),o=n?null:r.data?.challenge,i=de({q:r,item:o,blank:ps,toForm:a=>({title:a.title,background:a.background,desiredOutcome:a.desiredOutcome,departmentId:a.department?.id??"",tags:a.tags.join("、"),opensAt:Wt(a.opensAt),closesAt:Wt(a.closesAt)}),create:async a=>(await x(ds,{input:Vi(a)})).createChallenge.id,update:(a,f)=>x(ls,{id:t.id,input:Vi(a),version:f}),path:a=>`/content/challenges/${a}`}),d=n?s("newChallenge"):s("editChallenge");if(!n&&!o)return e(T,{children:[e(ee,{title:d,list:"/content/challenges",listLabel:s("listChallenges")}),r.loading?e(j,{label:D("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:D("retry")})]});let l=i.form;return e(T,{children:[e(ee,{title:d,list:"/content/challenges",listLabel:s("listChallenges"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:a=>{a.preventDefault(),i.save()},children:[e(V,{children:i.notice}),e(le,{error:i.error,onReload:i.reload}),e(S,{label:s("title"),value:l.title,onInput:a=>i.set("title",a),required:!0,maxLength:200,testid:"field-title"}),e(He,{label:s("department"),value:l.departmentId,onChange:a=>i.set("departmentId",a),noneLabel:s("noDepartment"),testid:"field-department"}),e(z,{label:s("background"),value:l.background,onInput:a=>i.set("background",a),rows:6}),e(z,{label:s("desiredOutcome"),value:l.desiredOutcome,onInput:a=>i.set("desiredOutcome",a),rows:4}),e(S,{label:s("tags"),value:l.tags,onInput:a=>i.set("tags",a),help:s("tagsHelp")}),e("div",{class:"content-pair",children:[e(S,{label:s("opensAt"),type:"datetime-local",value:l.opensAt,onInput:a=>i.set("opensAt",a),help:M(je(l.opensAt))}),e(S,{label:s("closesAt"),type:"datetime-local",value:l.closesAt,onInput:a=>i.set("closesAt",a),help:M(je(l.closesAt))})]}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),o?e("aside",{class:"content-side",children:[e(fe,{id:o.id,title:o.title,state:o.publicationState,publishedAt:o.publishedAt,remove:a=>x(us,{id:a}),onChanged:i.reload,onRestored:i.reload}),e(he,{contentId:o.id,media:o.media,onChanged:i.reload}),e(ye,{id:o.id,version:o.version,onRestored:i.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var cs=C(`
  query ContentMethodList($first: Int, $after: String) {
    collaborationMethods(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          key
          name
          position
        }
      }
    }
  }
`);function Qi(t){let[n,r]=h(null),o=N(cs,{first:te,after:n});return e(ue,{title:s("listMethods"),newLabel:s("newMethod"),newPath:"/content/methods/new",children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(j,{label:D("loading")}),e(J,{caption:s("listMethods"),testid:"method-list",page:o.data?.collaborationMethods,after:n,onAfter:r,resetKey:"",rowKey:i=>i.id,pageSize:te,columns:[{header:s("colPosition"),cell:i=>i.position},{header:s("colName"),cell:i=>e("a",{href:q(`/content/methods/${i.id}`),children:i.name})},{header:s("colKey"),cell:i=>e("code",{children:i.key})}]})]})}var ms=C(`
  query ContentMethod($id: ID!) {
    collaborationMethod(id: $id) {
      id
      key
      name
      description
      position
      version
    }
  }
`),gs=C(`
  mutation ContentMethodCreate($input: CollaborationMethodInput!) {
    createCollaborationMethod(input: $input) {
      id
    }
  }
`),fs=C(`
  mutation ContentMethodUpdate($id: ID!, $input: CollaborationMethodInput!, $version: Int!) {
    updateCollaborationMethod(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ys=C(`
  mutation ContentMethodDelete($id: ID!) {
    deleteCollaborationMethod(id: $id)
  }
`),hs=C(`
  mutation ContentMethodRestore($id: ID!) {
    restoreDeleted(id: $id) {
      id
    }
  }
`),bs={key:"",name:"",description:"",position:"0"};function Wi(t){let n=Number.parseInt(t.position,10);return{key:t.key,name:t.name,description:t.description,position:Number.isFinite(n)?n:0}}function zi({params:t}){let n=t.id==="new",r=N(ms,{id:t.id??""},n),o=n?null:r.data?.collaborationMethod,i=de({q:r,item:o,blank:bs,toForm:y=>({key:y.key,name:y.name,description:y.description,position:String(y.position)}),create:async y=>(await x(gs,{input:Wi(y)})).createCollaborationMethod.id,update:(y,c)=>x(fs,{id:t.id,input:Wi(y),version:c}),path:y=>`/content/methods/${y}`}),[d,l]=h(!1),[a,f]=h(!1),m=L(async y=>{if(y){await x(hs,{id:t.id}),f(!1),i.setNotice(s("restored")),i.reload();return}await x(ys,{id:t.id}),l(!1),f(!0),i.setNotice(s("deleted",{title:o?.name??""}))}),u=n?s("newMethod"):s("editMethod");if(a)return e(T,{children:[e(ee,{title:u,list:"/content/methods",listLabel:s("listMethods")}),e(V,{children:i.notice}),e($,{error:m.error}),e(I,{variant:"primary",busy:m.busy,onClick:()=>{m.run(!0)},"data-testid":"restore-deleted",children:s("restoreDeleted")})]});if(!n&&!o)return e(T,{children:[e(ee,{title:u,list:"/content/methods",listLabel:s("listMethods")}),r.loading?e(j,{label:D("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:D("retry")})]});let b=i.form;return e(T,{children:[e(ee,{title:u,list:"/content/methods",listLabel:s("listMethods"),children:o&&e("p",{class:"content-sub",children:s("version",{n:o.version})})}),e("form",{class:"content-form",onSubmit:y=>{y.preventDefault(),i.save()},children:[e(V,{children:i.notice}),e(le,{error:i.error,onReload:i.reload}),e($,{error:m.error}),e(S,{label:s("name"),value:b.name,onInput:y=>i.set("name",y),required:!0,maxLength:200,testid:"field-title"}),e(S,{label:s("methodKey"),value:b.key,onInput:y=>i.set("key",y),help:s("methodKeyHelp"),required:!0,maxLength:50}),e(z,{label:s("description"),value:b.description,onInput:y=>i.set("description",y),rows:6}),e(S,{label:s("position"),type:"number",value:b.position,onInput:y=>i.set("position",y)}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary",busy:i.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")}),o&&e(I,{variant:"danger",onClick:()=>l(!0),"data-testid":"delete",children:s("delete")})]})]}),e(ne,{open:d,title:s("confirmDelete"),confirmLabel:s("delete"),danger:!0,busy:m.busy,onConfirm:()=>{m.run(!1)},onCancel:()=>l(!1),children:e("p",{children:s("confirmDeleteBody",{title:o?.name??""})})})]})}var Ds=C(`
  query ContentPreview($token: String!) {
    preview(token: $token) {
      __typename
      id
      ... on Challenge {
        title
        background
        desiredOutcome
        department {
          name
        }
        tags
        opensAt
        closesAt
        media {
          ...ContentMediaItem
        }
      }
      ... on CaseStudy {
        title
        locality
        program
        caseCategory: category
        startOn
        endOn
        dateNote
        summary
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        tags
        media {
          ...ContentMediaItem
        }
      }
      ... on Agreement {
        title
        agreementKind: kind
        purpose
        parties {
          name
        }
        signedOn
        termStartOn
        termEndOn
        items
        merits {
          side
          description
        }
        agreementStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Project {
        title
        projectKind: kind
        summary
        startOn
        endOn
        site
        leadDepartment {
          name
        }
        partners {
          name
        }
        resources {
          side
          kind
          description
        }
        merits {
          side
          description
        }
        projectStatus: status
        media {
          ...ContentMediaItem
        }
      }
      ... on Announcement {
        title
        body
        category
        media {
          ...ContentMediaItem
        }
      }
    }
  }
`);async function Cs(t){let n={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json"},r=Ee();r&&(n.Authorization=`Bearer ${r}`);let o;try{o=await fetch(jt("graphql"),{method:"POST",headers:n,credentials:"omit",cache:"no-store",body:JSON.stringify({query:Ds.toString(),variables:{token:t}})})}catch{throw new Q("NETWORK","")}let i=await o.json().catch(()=>({}));if(i.errors?.length){let d=i.errors[0].extensions?.code;throw new Q(d==="UNAUTHENTICATED"||d==="NOT_FOUND"?"NOT_FOUND":"INTERNAL",i.errors[0].message)}if(!i.data)throw new Q("UNAVAILABLE",`HTTP ${o.status}`);return i.data}function We({text:t}){return t?e(T,{children:t.split(/\n{2,}/).map((n,r)=>e("p",{class:"content-pre",children:n},r))}):e("p",{class:"muted",children:"—"})}function W({label:t,value:n}){return e("div",{children:[e("dt",{children:t}),e("dd",{children:n||"—"})]})}function Gi({rs:t}){return e("div",{class:"table-wrap",children:e("table",{class:"table matrix",children:[e("caption",{children:s("resources")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:s("kindCol")}),Ae.map(n=>e("th",{scope:"col",children:s(`side${n}`)},n))]})}),e("tbody",{children:Ct.map(n=>e("tr",{children:[e("th",{scope:"row",children:s(`res${n}`)}),Ae.map(r=>e("td",{class:"content-pre",children:t.filter(o=>o.side===r&&o.kind===n).map(o=>o.description).join(`
`)||"—"},r))]},n))})]})})}function zt({ms:t}){return e(T,{children:[e("h2",{children:s("merits")}),Ae.map(n=>e("div",{children:[e("h3",{children:s("meritFor",{side:s(`side${n}`)})}),e("ul",{children:t.filter(r=>r.side===n).map((r,o)=>e("li",{children:r.description},o))})]},n))]})}function tt({media:t}){return t.length===0?null:e(T,{children:[e("h2",{children:s("secMedia")}),e("ul",{children:t.map(n=>e("li",{children:[n.fileName,"（",Qt(n.size),"）",n.alt?`: ${n.alt}`:""]},n.id))})]})}function As({n:t}){switch(t.__typename){case"Challenge":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(W,{label:s("department"),value:t.department?.name}),e(W,{label:s("opensAt"),value:M(t.opensAt)}),e(W,{label:s("closesAt"),value:M(t.closesAt)}),e(W,{label:s("tags"),value:t.tags.join("、")})]}),e("h2",{children:s("background")}),e(We,{text:t.background}),e("h2",{children:s("desiredOutcome")}),e(We,{text:t.desiredOutcome}),e(tt,{media:t.media})]});case"CaseStudy":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(W,{label:s("locality"),value:t.locality}),e(W,{label:s("program"),value:t.program}),e(W,{label:s("category"),value:s(`cat${t.caseCategory}`)}),e(W,{label:s("startOn"),value:K(t.startOn)}),e(W,{label:s("endOn"),value:K(t.endOn)}),e(W,{label:s("dateNote"),value:t.dateNote}),e(W,{label:s("partners"),value:t.partners.map(n=>n.name).join("、")}),e(W,{label:s("tags"),value:t.tags.join("、")})]}),e("h2",{children:s("summary")}),e(We,{text:t.summary}),e(Gi,{rs:t.resources}),e(zt,{ms:t.merits}),e(tt,{media:t.media})]});case"Agreement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(W,{label:s("agreementKind"),value:s(`ak${t.agreementKind}`)}),e(W,{label:s("agreementStatus"),value:s(`as${t.agreementStatus}`)}),e(W,{label:s("parties"),value:t.parties.map(n=>n.name).join("、")}),e(W,{label:s("signedOn"),value:K(t.signedOn)}),e(W,{label:s("termStartOn"),value:K(t.termStartOn)}),e(W,{label:s("termEndOn"),value:K(t.termEndOn)})]}),e("h2",{children:s("purpose")}),e(We,{text:t.purpose}),e("h2",{children:s("items")}),e("ul",{children:t.items.map((n,r)=>e("li",{children:n},r))}),e(zt,{ms:t.merits}),e(tt,{media:t.media})]});case"Project":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:[e(W,{label:s("projectKind"),value:s(`pk${t.projectKind}`)}),e(W,{label:s("projectStatus"),value:s(`ps${t.projectStatus}`)}),e(W,{label:s("leadDepartment"),value:t.leadDepartment?.name}),e(W,{label:s("startOn"),value:K(t.startOn)}),e(W,{label:s("endOn"),value:K(t.endOn)}),e(W,{label:s("site"),value:t.site}),e(W,{label:s("partners"),value:t.partners.map(n=>n.name).join("、")})]}),e("h2",{children:s("summary")}),e(We,{text:t.summary}),e(Gi,{rs:t.resources}),e(zt,{ms:t.merits}),e(tt,{media:t.media})]});case"Announcement":return e(T,{children:[e("h1",{children:t.title}),e("dl",{class:"facts",children:e(W,{label:s("annCategory"),value:t.category})}),e(We,{text:t.body}),e(tt,{media:t.media})]});default:return e("h1",{children:s("previewTitle")})}}function Yi({params:t}){let n=t.token??"",[r,o]=h(null),[i,d]=h(null);return Z(()=>{let l=!0;return o(null),d(null),Cs(n).then(a=>l&&o(a),a=>l&&d(a instanceof Q?a:new Q("INTERNAL",String(a)))),()=>{l=!1}},[n]),i?e(T,{children:[e("h1",{children:s("previewTitle")}),i.code==="NOT_FOUND"?e("p",{role:"alert",children:s("previewGone")}):e($,{error:i})]}):r?r.preview?e("article",{class:"content-preview","data-testid":"preview",children:[e("p",{children:[e(F,{tone:"warning",icon:"◎",children:s("previewTitle")})," ",s("previewNote")]}),e(As,{n:r.preview})]}):e(T,{children:[e("h1",{children:s("previewTitle")}),e("p",{role:"alert",children:s("previewGone")})]}):e(j,{label:D("loading")})}var Xi=["PARTNERSHIP","DEMONSTRATION"],Zi=["PLANNED","ONGOING","COMPLETED","CANCELLED"],vs=C(`
  query ContentProjectList($first: Int, $after: String, $filter: ProjectFilter) {
    projects(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          kind
          status
          startOn
          endOn
          leadDepartment {
            name
          }
          publicationState
          publishedAt
          updatedAt
        }
      }
    }
  }
`);function eo(t){let n=be({search:"",kind:"",status:"",departmentId:""}),r={search:B(n.filter.search),kind:B(n.filter.kind),status:B(n.filter.status),departmentId:B(n.filter.departmentId)},o=N(vs,{first:te,after:n.after,filter:r});return e(ue,{title:s("listProjects"),newLabel:s("newProject"),newPath:"/content/projects/new",onApply:n.apply,onClear:n.clear,filters:e(T,{children:[e(S,{label:s("search"),type:"search",value:n.draft.search,onInput:i=>n.setDraft({...n.draft,search:i}),help:s("searchHelp")}),e(R,{label:s("projectKind"),value:n.draft.kind,onChange:i=>n.setDraft({...n.draft,kind:i}),options:ae(Xi,i=>s(`pk${i}`),s("any"))}),e(R,{label:s("projectStatus"),value:n.draft.status,onChange:i=>n.setDraft({...n.draft,status:i}),options:ae(Zi,i=>s(`ps${i}`),s("any"))}),e(He,{label:s("leadDepartment"),value:n.draft.departmentId,onChange:i=>n.setDraft({...n.draft,departmentId:i}),noneLabel:s("any")})]}),children:[e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")}),o.loading&&!o.data&&e(j,{label:D("loading")}),e(J,{caption:s("listProjects"),testid:"project-list",page:o.data?.projects,after:n.after,onAfter:n.setAfter,resetKey:JSON.stringify(n.filter),rowKey:i=>i.id,pageSize:te,columns:[{header:s("colTitle"),cell:i=>e("a",{href:q(`/content/projects/${i.id}`),children:i.title})},{header:s("colKind"),cell:i=>s(`pk${i.kind}`)},{header:s("colDepartment"),cell:i=>i.leadDepartment?.name??"—"},{header:s("colPeriod"),cell:i=>i.startOn||i.endOn?`${K(i.startOn)} 〜 ${K(i.endOn)}`:"—"},{header:s("colStatus"),cell:i=>s(`ps${i.status}`)},{header:s("colState"),cell:i=>e(ce,{state:i.publicationState,publishedAt:i.publishedAt})},{header:s("colUpdated"),cell:i=>M(i.updatedAt)}]})]})}var ks=C(`
  query ContentProject($id: ID!) {
    project(id: $id) {
      id
      kind
      title
      summary
      startOn
      endOn
      site
      leadDepartment {
        id
        name
      }
      partners {
        id
        name
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      status
      agreement {
        id
        title
      }
      publicationState
      publishedAt
      version
      updatedAt
      media {
        ...ContentMediaItem
      }
    }
  }
`),Is=C(`
  query ContentProjectAgreements {
    agreements(first: 100, orderBy: { field: TITLE, direction: ASC }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),$s=C(`
  mutation ContentProjectCreate($input: ProjectInput!) {
    createProject(input: $input) {
      id
    }
  }
`),Ps=C(`
  mutation ContentProjectUpdate($id: ID!, $input: ProjectInput!, $version: Int!) {
    updateProject(id: $id, input: $input, version: $version) {
      id
      version
    }
  }
`),ws=C(`
  mutation ContentProjectDelete($id: ID!) {
    deleteProject(id: $id)
  }
`),Ss={kind:"PARTNERSHIP",title:"",summary:"",startOn:"",endOn:"",site:"",leadDepartmentId:"",partners:[],resources:{},merits:{CITY:"",PARTNER:""},status:"PLANNED",agreementId:""};function Ji(t){return{kind:t.kind,title:t.title,summary:t.summary,startOn:B(t.startOn),endOn:B(t.endOn),site:t.site,leadDepartmentId:B(t.leadDepartmentId),partnerIds:t.partners.map(n=>n.id),resources:vt(t.resources),merits:Be(t.merits),status:t.status,agreementId:B(t.agreementId)}}function to({params:t}){let n=t.id==="new",r=N(ks,{id:t.id??""},n),o=N(Is,{}),i=n?null:r.data?.project,d=de({q:r,item:i,blank:Ss,toForm:m=>({kind:m.kind,title:m.title,summary:m.summary,startOn:m.startOn??"",endOn:m.endOn??"",site:m.site,leadDepartmentId:m.leadDepartment?.id??"",partners:m.partners.map(u=>({id:u.id,name:u.name})),resources:At(m.resources),merits:Ue(m.merits),status:m.status,agreementId:m.agreement?.id??""}),create:async m=>(await x($s,{input:Ji(m)})).createProject.id,update:(m,u)=>x(Ps,{id:t.id,input:Ji(m),version:u}),path:m=>`/content/projects/${m}`}),l=n?s("newProject"):s("editProject");if(!n&&!i)return e(T,{children:[e(ee,{title:l,list:"/content/projects",listLabel:s("listProjects")}),r.loading?e(j,{label:D("loading")}):e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:D("retry")})]});let a=d.form,f=[{value:"",label:s("noAgreement")},...(o.data?.agreements.edges??[]).map(m=>({value:m.node.id,label:m.node.title}))];return i?.agreement&&!f.some(m=>m.value===i.agreement.id)&&f.push({value:i.agreement.id,label:i.agreement.title}),e(T,{children:[e(ee,{title:l,list:"/content/projects",listLabel:s("listProjects"),children:i&&e("p",{class:"content-sub",children:s("version",{n:i.version})})}),e("div",{class:"content-layout",children:[e("form",{class:"content-form",onSubmit:m=>{m.preventDefault(),d.save()},children:[e(V,{children:d.notice}),e(le,{error:d.error,onReload:d.reload}),e(S,{label:s("name"),value:a.title,onInput:m=>d.set("title",m),required:!0,maxLength:200,testid:"field-title"}),e("div",{class:"content-pair",children:[e(R,{label:s("projectKind"),value:a.kind,onChange:m=>d.set("kind",m),options:ae(Xi,m=>s(`pk${m}`))}),e(R,{label:s("projectStatus"),value:a.status,onChange:m=>d.set("status",m),options:ae(Zi,m=>s(`ps${m}`))})]}),e(He,{label:s("leadDepartment"),value:a.leadDepartmentId,onChange:m=>d.set("leadDepartmentId",m),noneLabel:s("noDepartment"),testid:"field-department"}),e(z,{label:s("summary"),value:a.summary,onInput:m=>d.set("summary",m),rows:6}),e("div",{class:"content-pair",children:[e(S,{label:s("startOn"),type:"date",value:a.startOn,onInput:m=>d.set("startOn",m),help:K(a.startOn)}),e(S,{label:s("endOn"),type:"date",value:a.endOn,onInput:m=>d.set("endOn",m),help:K(a.endOn)})]}),e(S,{label:s("site"),value:a.site,onInput:m=>d.set("site",m)}),e(Ke,{legend:s("partners"),value:a.partners,onChange:m=>d.set("partners",m)}),e(kt,{value:a.resources,onChange:m=>d.set("resources",m)}),e(Ve,{value:a.merits,onChange:m=>d.set("merits",m)}),e(R,{label:s("agreement"),value:a.agreementId,onChange:m=>d.set("agreementId",m),options:f}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:d.busy,"data-testid":"save",children:n?s("create"):s("saveDraft")})})]}),i?e("aside",{class:"content-side",children:[e(fe,{id:i.id,title:i.title,state:i.publicationState,publishedAt:i.publishedAt,remove:m=>x(ws,{id:m}),onChanged:d.reload,onRestored:d.reload}),e(he,{contentId:i.id,media:i.media,onChanged:d.reload}),e(ye,{id:i.id,version:i.version,onRestored:d.reload})]}):e("p",{class:"help",children:s("mediaAfterCreate")})]})]})}var no=[{path:"/content/challenges/:id",component:Ki,permission:{resource:"challenge",action:"write"}},{path:"/content/challenges",component:Hi,nav:{label:()=>s("navChallenges"),order:200},permission:{resource:"challenge",action:"write"}},{path:"/content/case-studies/:id",component:Bi,permission:{resource:"caseStudy",action:"write"}},{path:"/content/case-studies",component:Ui,nav:{label:()=>s("navCaseStudies"),order:210},permission:{resource:"caseStudy",action:"write"}},{path:"/content/agreements/:id",component:qi,permission:{resource:"agreement",action:"write"}},{path:"/content/agreements",component:Ei,nav:{label:()=>s("navAgreements"),order:220},permission:{resource:"agreement",action:"write"}},{path:"/content/projects/:id",component:to,permission:{resource:"project",action:"write"}},{path:"/content/projects",component:eo,nav:{label:()=>s("navProjects"),order:230},permission:{resource:"project",action:"write"}},{path:"/content/announcements/:id",component:Li,permission:{resource:"announcement",action:"write"}},{path:"/content/announcements",component:Oi,nav:{label:()=>s("navAnnouncements"),order:240},permission:{resource:"announcement",action:"write"}},{path:"/content/methods/:id",component:zi,permission:{resource:"collaborationMethod",action:"write"}},{path:"/content/methods",component:Qi,nav:{label:()=>s("navMethods"),order:250},permission:{resource:"collaborationMethod",action:"write"}},{path:"/preview/:token",component:Yi,permission:{resource:"content",action:"preview"}}];var p=$e({navInquiries:"お問い合わせ",navAccounts:"職員アカウント",navDepartments:"部署",navWebhooks:"Webhook（外部通知）",navAudit:"操作ログ",filters:"絞り込み",apply:"絞り込む",clearFilters:"条件をクリア",all:"すべて",actions:"操作",status:"状態",createdAt:"登録日時",done:"{what} を行いました。",loadingPerms:"権限を確認しています…",inquiriesTitle:"お問い合わせ",inquiriesCaption:"お問い合わせの一覧（新しい順）",inquiryStatus:"対応状況",inquiryOpen:"未対応",inquiryClosed:"対応済み",receivedAt:"受付日時",subject:"件名",sender:"差出人",affiliation:"所属",name:"氏名",email:"メールアドレス",phone:"電話番号",body:"内容",noAffiliation:"（所属なし）",inquiryTitle:"お問い合わせの詳細",backToInquiries:"お問い合わせの一覧へ戻る",closeInquiry:"対応済みにする",closeInquiryConfirm:"このお問い合わせを対応済みにしますか？",closeInquiryBody:"「{subject}」を対応済みにします。対応済みにしたお問い合わせは元に戻せません。",inquiryClosedNotice:"お問い合わせを対応済みにしました。",answeredAt:"回答日時",notAnswered:"未回答",forwardedTo:"共有先の担当課",notForwarded:"（共有していません）",repliesTitle:"差出人への回答",noReplies:"まだ回答していません。",replySentBy:"{name}（{at}）",replyTitle:"差出人にメールで回答する",replyHelp:"{email} あてに送信し、このお問い合わせに記録します。送信後は取り消せません。",replySubject:"件名",replySubjectHelp:"省略すると「{subject}」になります。",replyBody:"回答の本文",replySend:"回答を送信する",replySentNotice:"{email} あてに回答を送信しました。",forwardTitle:"担当課に共有する",forwardHelp:"共有した担当課の職員は、このお問い合わせを閲覧できるようになり、メールで知らせが届きます。差出人への回答はデスクが行います。",forwardDepartments:"共有先の担当課",forwardNote:"担当課への連絡（任意）",forwardNoteHelp:"お知らせのメールに記載されます。",forwardSend:"共有する",forwardedNotice:"{names} に共有しました。",accountsTitle:"職員アカウント",accountsCaption:"アカウントの一覧",role:"役割",roleDESK:"公民連携デスク",roleDEPARTMENT:"事業担当課",rolePROPOSER:"提案者（事業者等）",roleADMIN:"システム運用者",search:"キーワード（氏名・メールアドレス）",displayName:"表示名（氏名）",belongsTo:"所属",accountActive:"有効",accountDisabled:"無効",disable:"無効にする",enable:"有効にする",disableConfirm:"{name} さんのアカウントを無効にしますか？",disableBody:"無効にすると、このアカウントではサインインできなくなります。あとで有効に戻せます。",enableConfirm:"{name} さんのアカウントを有効にしますか？",enableBody:"有効にすると、このアカウントで再びサインインできるようになります。",cannotToggle:"このアカウントは変更できません。",disabledNotice:"{name} さんのアカウントを無効にしました。",enabledNotice:"{name} さんのアカウントを有効にしました。",newStaff:"職員アカウントを作成",newStaffTitle:"職員アカウントの作成",staffRole:"役割",department:"所属部署",departmentNone:"（選択してください）",departmentHelp:"事業担当課の職員は所属部署が必須です。",initialPassword:"初期パスワード",initialPasswordHelp:"10文字以上。ご本人に安全な方法で伝え、サインイン後に変更してもらってください。",create:"作成する",createdStaffNotice:"{name} さんの職員アカウントを作成しました。",departmentsTitle:"部署",departmentTree:"部署の構成",kind:"階層",kindBUREAU:"局",kindDIVISION:"部",kindSECTION:"課",newDepartment:"部署の追加",deptName:"部署名",parent:"上位の部署",parentTop:"（最上位）",position:"並び順",positionHelp:"同じ上位部署の中で小さい数字ほど先に並びます（省略可）。",add:"追加する",addedDeptNotice:"部署「{name}」を追加しました。",editDepartment:"「{name}」の変更",selectToEdit:"変更する部署を一覧から選んでください。",edit:"変更",rename:"名称・階層を保存",savedDeptNotice:"部署「{name}」を保存しました。",move:"移動する",moveTo:"移動先（上位の部署）",moveHelp:"自分自身やその下位の部署の下には移動できません。最上位へは移動できません。",movedDeptNotice:"部署「{name}」を移動しました。",deleteDept:"削除する",deleteDeptConfirm:"部署「{name}」を削除しますか？",deleteDeptBody:"下位の部署・職員・コンテンツ・提案の担当がある部署は削除できません。",deletedDeptNotice:"部署「{name}」を削除しました。",deptInUse:"この部署は使われているため削除できません。下位の部署・職員・コンテンツ・提案の担当を先に移してください。",noDepartments:"部署はまだありません。",webhooksTitle:"Webhook（外部通知）",webhooksIntro:"コンテンツの公開などを、登録したURLへ自動で知らせます（オープンデータのサイトや庁内システム向け）。",webhooksCaption:"登録済みの送信先",url:"送信先URL",urlHelp:"http:// または https:// で始まるURL。",events:"通知する出来事",eventCONTENT_PUBLISHED:"公開（予約公開を含む）",eventCONTENT_UNPUBLISHED:"公開の取り消し",eventCONTENT_ARCHIVED:"アーカイブ",eventCONTENT_CHANGED:"内容の変更（版の復元など）",active:"有効",inactive:"停止中",register:"登録する",newWebhook:"送信先の登録",secretOnce:"署名用の秘密鍵です。この画面を閉じると二度と表示されません。送信先のシステムに設定してください（本文の HMAC-SHA256 が X-Pppdesk-Signature ヘッダーで届きます）。",secret:"秘密鍵",registeredNotice:"送信先 {url} を登録しました。",deleteWebhook:"削除する",deleteWebhookConfirm:"送信先 {url} を削除しますか？",deleteWebhookBody:"削除すると、この送信先への通知は止まります。",deletedWebhookNotice:"送信先 {url} を削除しました。",deliveries:"送信ログ",deliveryLog:"送信ログを見る",webhookTitle:"送信先の詳細",backToWebhooks:"Webhook の一覧へ戻る",deliveriesCaption:"送信ログ（新しい順、最大{n}件）",event:"出来事",attempts:"試行回数",lastStatusCode:"最後の応答",lastError:"最後のエラー",queuedAt:"受付日時",nextAttemptAt:"次の試行",deliveredAt:"送信成功",deliveryPENDING:"送信待ち",deliveryDELIVERED:"送信済み",deliveryFAILED:"失敗",noResponse:"応答なし",showMore:"さらに表示",webhookMissing:"この送信先は見つかりません（削除された可能性があります）。",chooseEvent:"少なくとも一つ選んでください。",auditTitle:"操作ログ",auditIntro:"だれが、いつ、何を変更したかの記録です（新しい順）。",auditCaption:"操作ログ",at:"日時",actor:"操作した人",action:"操作",target:"対象",changes:"変更内容",system:"（システム・一般の方）",period:"期間",fromDate:"開始日",toDate:"終了日（この日を含む）",targetType:"対象の種類",onlyTarget:"対象 {id} の記録だけを表示しています。",showAllTargets:"すべての対象を表示",thisTargetOnly:"この対象の記録"},{navInquiries:"Inquiries",navAccounts:"Staff accounts",navDepartments:"Departments",navWebhooks:"Webhooks",navAudit:"Audit log",filters:"Filters",apply:"Filter",clearFilters:"Clear filters",all:"All",actions:"Actions",status:"Status",createdAt:"Created",done:"Done: {what}.",loadingPerms:"Checking your rights…",inquiriesTitle:"Inquiries",inquiriesCaption:"Inquiries, newest first",inquiryStatus:"Status",inquiryOpen:"Open",inquiryClosed:"Closed",receivedAt:"Received",subject:"Subject",sender:"From",affiliation:"Affiliation",name:"Name",email:"Email",phone:"Phone",body:"Message",noAffiliation:"(no affiliation)",inquiryTitle:"Inquiry",backToInquiries:"Back to inquiries",closeInquiry:"Mark as handled",closeInquiryConfirm:"Mark this inquiry as handled?",closeInquiryBody:'"{subject}" will be closed. A closed inquiry cannot be reopened.',inquiryClosedNotice:"The inquiry is closed.",answeredAt:"Answered",notAnswered:"Not yet",forwardedTo:"Forwarded to",notForwarded:"(not forwarded)",repliesTitle:"Answers to the sender",noReplies:"No answer yet.",replySentBy:"{name} ({at})",replyTitle:"Answer the sender by email",replyHelp:"Sent to {email} and recorded with this inquiry. It cannot be taken back.",replySubject:"Subject",replySubjectHelp:'Left empty: "{subject}".',replyBody:"Answer",replySend:"Send the answer",replySentNotice:"The answer was sent to {email}.",forwardTitle:"Forward to departments",forwardHelp:"Staff of the chosen departments can then read this inquiry and are told by email. The desk answers the sender.",forwardDepartments:"Departments",forwardNote:"Note to the departments (optional)",forwardNoteHelp:"Included in the email they receive.",forwardSend:"Forward",forwardedNotice:"Forwarded to {names}.",accountsTitle:"Staff accounts",accountsCaption:"Accounts",role:"Role",roleDESK:"PPP desk",roleDEPARTMENT:"Department",rolePROPOSER:"Proposer",roleADMIN:"Platform operator",search:"Keyword (name, email)",displayName:"Display name",belongsTo:"Belongs to",accountActive:"Active",accountDisabled:"Disabled",disable:"Disable",enable:"Enable",disableConfirm:"Disable the account of {name}?",disableBody:"A disabled account cannot sign in. You can enable it again later.",enableConfirm:"Enable the account of {name}?",enableBody:"The account will be able to sign in again.",cannotToggle:"This account cannot be changed.",disabledNotice:"Disabled the account of {name}.",enabledNotice:"Enabled the account of {name}.",newStaff:"Create a staff account",newStaffTitle:"New staff account",staffRole:"Role",department:"Department",departmentNone:"(choose)",departmentHelp:"Required for department staff.",initialPassword:"Initial password",initialPasswordHelp:"At least 10 characters. Tell it to the person safely and have them change it.",create:"Create",createdStaffNotice:"Created the staff account of {name}.",departmentsTitle:"Departments",departmentTree:"Department tree",kind:"Level",kindBUREAU:"Bureau",kindDIVISION:"Division",kindSECTION:"Section",newDepartment:"Add a department",deptName:"Name",parent:"Parent department",parentTop:"(top level)",position:"Position",positionHelp:"Smaller numbers come first among siblings (optional).",add:"Add",addedDeptNotice:'Added "{name}".',editDepartment:'Change "{name}"',selectToEdit:"Choose a department in the tree to change it.",edit:"Change",rename:"Save name and level",savedDeptNotice:'Saved "{name}".',move:"Move",moveTo:"Move under",moveHelp:"Not under itself or its own sub-departments; moving to the top level is not possible.",movedDeptNotice:'Moved "{name}".',deleteDept:"Delete",deleteDeptConfirm:'Delete "{name}"?',deleteDeptBody:"A department with sub-departments, staff, content or proposal assignments cannot be deleted.",deletedDeptNotice:'Deleted "{name}".',deptInUse:"This department is in use and cannot be deleted. Move its sub-departments, staff, content and proposal assignments first.",noDepartments:"No departments yet.",webhooksTitle:"Webhooks",webhooksIntro:"Tell registered URLs automatically when content is published and so on (open-data sites, internal systems).",webhooksCaption:"Registered endpoints",url:"Endpoint URL",urlHelp:"A URL starting with http:// or https://.",events:"Events",eventCONTENT_PUBLISHED:"Published (or scheduled)",eventCONTENT_UNPUBLISHED:"Unpublished",eventCONTENT_ARCHIVED:"Archived",eventCONTENT_CHANGED:"Changed (e.g. a revision restored)",active:"Active",inactive:"Stopped",register:"Register",newWebhook:"Register an endpoint",secretOnce:"The signing secret. It is shown only now: set it in the receiving system (the body's HMAC-SHA256 arrives in the X-Pppdesk-Signature header).",secret:"Secret",registeredNotice:"Registered {url}.",deleteWebhook:"Delete",deleteWebhookConfirm:"Delete the endpoint {url}?",deleteWebhookBody:"Deliveries to this endpoint stop.",deletedWebhookNotice:"Deleted {url}.",deliveries:"Delivery log",deliveryLog:"Delivery log",webhookTitle:"Webhook endpoint",backToWebhooks:"Back to webhooks",deliveriesCaption:"Deliveries, newest first (up to {n})",event:"Event",attempts:"Attempts",lastStatusCode:"Last response",lastError:"Last error",queuedAt:"Queued",nextAttemptAt:"Next attempt",deliveredAt:"Delivered",deliveryPENDING:"Pending",deliveryDELIVERED:"Delivered",deliveryFAILED:"Failed",noResponse:"none",showMore:"Show more",webhookMissing:"This endpoint no longer exists.",chooseEvent:"Choose at least one.",auditTitle:"Audit log",auditIntro:"Who changed what, and when (newest first).",auditCaption:"Audit log",at:"When",actor:"Who",action:"Action",target:"Target",changes:"Changes",system:"(system or the public)",period:"Period",fromDate:"From",toDate:"To (inclusive)",targetType:"Target type",onlyTarget:"Showing the entries of target {id} only.",showAllTargets:"Show all targets",thisTargetOnly:"Entries of this target"});function Pe(){let t=ge();return(n,r)=>re(t,{resource:n,action:r})}function Qe(t){let[n,r]=h({key:t,after:null});return[n.key===t?n.after:null,o=>r({key:t,after:o})]}function we(t){let n=new Set(t.map(a=>a.id)),r=new Map,o=[];for(let a of t){let f=a.parent?.id;f&&n.has(f)&&f!==a.id?r.set(f,[...r.get(f)??[],a]):o.push(a)}let i=new Set,d=(a,f)=>{if(i.has(a.id))return null;i.add(a.id);let m=(r.get(a.id)??[]).map(u=>d(u,f+1)).filter(u=>u!==null);return{dept:a,depth:f,children:m}},l=o.map(a=>d(a,0)).filter(a=>a!==null);for(let a of t){let f=i.has(a.id)?null:d(a,0);f&&l.push(f)}return l}function Se(t){return t.flatMap(n=>[n,...Se(n.children)])}function Oe(t,n){return`${"　".repeat(n)}${n>0?"└ ":""}${t}`}function ro(t,n){let r=new Set([n]),o=!0;for(;o;){o=!1;for(let i of t){let d=i.parent?.id;d&&r.has(d)&&!r.has(i.id)&&(r.add(i.id),o=!0)}}return r}var xs=C(`
  query DeskUsers($first: Int, $after: String, $filter: UserFilter) {
    users(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          displayName
          email
          role
          disabled
          createdAt
          department {
            id
            name
          }
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Ts=C(`
  query DeskAccountDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`),Ns=C(`
  mutation DeskCreateStaff($input: StaffAccountInput!) {
    createStaffAccount(input: $input) {
      id
      displayName
    }
  }
`),_s=C(`
  mutation DeskDisableAccount($id: ID!) {
    disableAccount(id: $id) {
      id
      disabled
    }
  }
`),Ms=C(`
  mutation DeskEnableAccount($id: ID!) {
    enableAccount(id: $id) {
      id
      disabled
    }
  }
`),io=20,oo=["DESK","DEPARTMENT","PROPOSER","ADMIN"];function nt(t){return p(`role${t}`)}function Es(t){return oo.includes(t)?t:null}function ao({query:t}){let n=Es(t.get("role")),r=t.get("q")??"",o=`${n}|${r}`,[i,d]=Qe(o),l=o,[a,f]=h(r),[m,u]=h(""),[b,y]=h(!1),[c,P]=h(null),A=Pe(),v=ge().me,O=N(xs,{first:io,after:i,filter:{role:n,search:r||null}}),E=L(async w=>{w.disable?await x(_s,{id:w.id}):await x(Ms,{id:w.id}),P(null),u(p(w.disable?"disabledNotice":"enabledNotice",{name:w.name})),await O.reload()}),_=(w,pe)=>oe("/desk/accounts",{role:w||void 0,q:pe.trim()||void 0});return e("section",{children:[e("h1",{children:p("accountsTitle")}),e(V,{children:m}),A("account","createStaff")&&!b&&e("div",{class:"actions",children:e(I,{variant:"primary",onClick:()=>y(!0),"data-testid":"staff-new",children:p("newStaff")})}),b&&e(qs,{onDone:w=>{y(!1),u(p("createdStaffNotice",{name:w})),O.reload()},onCancel:()=>y(!1)}),e("form",{class:"desk-filters",role:"search","aria-label":p("filters"),onSubmit:w=>{w.preventDefault(),_(n??"",a)},children:[e(R,{label:p("role"),value:n??"",testid:"account-role",onChange:w=>_(w,a),options:[{value:"",label:p("all")},...oo.map(w=>({value:w,label:nt(w)}))]}),e(S,{label:p("search"),type:"search",value:a,onInput:f,testid:"account-search"}),e("div",{class:"desk-filter-buttons",children:[e(I,{type:"submit",children:p("apply")}),(n||r)&&e(I,{variant:"link",onClick:()=>{f(""),_("","")},children:p("clearFilters")})]})]}),e($,{error:O.error,onRetry:()=>{O.reload()},retryLabel:D("retry")}),e(J,{caption:p("accountsCaption"),testid:"accounts",page:O.data?.users,after:i,onAfter:d,resetKey:l,pageSize:io,rowKey:w=>w.id,columns:[{header:p("displayName"),cell:w=>w.displayName},{header:p("email"),cell:w=>w.email??"—"},{header:p("role"),cell:w=>nt(w.role),class:"desk-nowrap"},{header:p("belongsTo"),cell:w=>w.department?.name??w.organization?.name??"—"},{header:p("status"),cell:w=>w.disabled?e(F,{tone:"danger",icon:"×",children:p("accountDisabled")}):e(F,{tone:"success",icon:"✓",children:p("accountActive")})},{header:p("createdAt"),cell:w=>M(w.createdAt),class:"desk-nowrap"},{header:p("actions"),cell:w=>A("account","disable")&&w.id!==v.id?e(I,{variant:w.disabled?"secondary":"danger","aria-label":`${p(w.disabled?"enable":"disable")}: ${w.displayName}`,"data-testid":`account-toggle-${w.id}`,onClick:()=>P({id:w.id,name:w.displayName,disable:!w.disabled}),children:p(w.disabled?"enable":"disable")}):null,class:"desk-nowrap"}]}),e(ne,{open:c!==null,title:c?p(c.disable?"disableConfirm":"enableConfirm",{name:c.name}):"",confirmLabel:c?p(c.disable?"disable":"enable"):void 0,danger:c?.disable,busy:E.busy,onConfirm:()=>c&&void E.run(c),onCancel:()=>{E.clear(),P(null)},children:[e("p",{children:c?p(c.disable?"disableBody":"enableBody"):""}),E.error?.code==="CONFLICT"?e("p",{class:"field-error",role:"alert",children:[p("cannotToggle")," ",D("serverSays",{msg:E.error.serverMessage})]}):e($,{error:E.error})]})]})}function qs({onDone:t,onCancel:n}){let r=N(Ts,{}),[o,i]=h(""),[d,l]=h(""),[a,f]=h("DEPARTMENT"),[m,u]=h(""),[b,y]=h(""),c=L(async()=>{let v=await x(Ns,{input:{email:o,displayName:d,role:a,departmentId:m||null,password:b}});t(v.createStaffAccount.displayName)}),P=v=>c.error?.field===`input.${v}`?c.error.clerkMessage():void 0,A=Se(we(r.data?.municipality.departments??[]));return e("form",{class:"desk-panel","aria-labelledby":"staff-form-title",onSubmit:v=>{v.preventDefault(),c.run()},children:[e("h2",{id:"staff-form-title",children:p("newStaffTitle")}),e($,{error:r.error}),e(R,{label:p("staffRole"),required:!0,value:a,testid:"staff-role",onChange:v=>f(v),options:["DEPARTMENT","DESK"].map(v=>({value:v,label:nt(v)}))}),e(R,{label:p("department"),required:a==="DEPARTMENT",help:p("departmentHelp"),error:P("departmentId"),value:m,testid:"staff-department",onChange:u,options:[{value:"",label:p("departmentNone")},...A.map(v=>({value:v.dept.id,label:Oe(v.dept.name,v.depth)}))]}),e(S,{label:p("displayName"),required:!0,value:d,onInput:l,error:P("displayName"),testid:"staff-name",autocomplete:"off"}),e(S,{label:p("email"),type:"email",required:!0,value:o,onInput:i,error:P("email"),testid:"staff-email",autocomplete:"off"}),e(S,{label:p("initialPassword"),type:"password",required:!0,value:b,onInput:y,help:p("initialPasswordHelp"),error:P("password"),testid:"staff-password",autocomplete:"new-password"}),e($,{error:c.error}),e("div",{class:"actions",children:[e(I,{type:"submit",variant:"primary",busy:c.busy,"data-testid":"staff-create",children:p("create")}),e(I,{onClick:n,children:D("cancel")})]})]})}var Rs=C(`
  query DeskAuditLog($first: Int, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          actor {
            id
            displayName
          }
          action
          targetType
          targetId
          changes
          at
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Os=C(`
  query DeskAuditActors {
    users(first: 100) {
      edges {
        node {
          id
          displayName
          role
        }
      }
    }
  }
`),so=50,co=[{value:"inquiry.",ja:"お問い合わせ（すべて）",en:"Inquiries (all)"},{value:"inquiry.submit",ja:"お問い合わせの受付",en:"Inquiry received"},{value:"inquiry.close",ja:"お問い合わせの対応済み",en:"Inquiry closed"},{value:"proposal.",ja:"提案（すべて）",en:"Proposals (all)"},{value:"proposal.assign",ja:"提案の担当課への依頼",en:"Proposal assigned"},{value:"proposal.respond",ja:"担当課の回答",en:"Department answered"},{value:"proposal.link",ja:"提案と事業・協定の結び付け",en:"Proposal linked"},{value:"proposal.message",ja:"対話・庁内メモの投稿",en:"Message posted"},{value:"content.",ja:"コンテンツ（すべて）",en:"Content (all)"},{value:"content.create",ja:"コンテンツの作成",en:"Content created"},{value:"content.update",ja:"コンテンツの更新",en:"Content updated"},{value:"content.delete",ja:"コンテンツの削除",en:"Content deleted"},{value:"content.published",ja:"公開",en:"Published"},{value:"content.draft",ja:"公開の取り消し",en:"Unpublished"},{value:"content.archived",ja:"アーカイブ",en:"Archived"},{value:"content.restore",ja:"版の復元",en:"Revision restored"},{value:"account.",ja:"アカウント（すべて）",en:"Accounts (all)"},{value:"account.createStaff",ja:"職員アカウントの作成",en:"Staff account created"},{value:"account.disable",ja:"アカウントの無効化",en:"Account disabled"},{value:"account.enable",ja:"アカウントの有効化",en:"Account enabled"},{value:"department.",ja:"部署（すべて）",en:"Departments (all)"},{value:"department.save",ja:"部署の追加・変更",en:"Department saved"},{value:"department.delete",ja:"部署の削除",en:"Department deleted"},{value:"organization.",ja:"事業者等（すべて）",en:"Organizations (all)"},{value:"webhook.",ja:"Webhook（すべて）",en:"Webhooks (all)"},{value:"webhook.register",ja:"Webhook の登録",en:"Webhook registered"},{value:"webhook.delete",ja:"Webhook の削除",en:"Webhook deleted"}],mo=[{value:"Inquiry",ja:"お問い合わせ",en:"Inquiry"},{value:"Proposal",ja:"提案",en:"Proposal"},{value:"User",ja:"アカウント",en:"Account"},{value:"Department",ja:"部署",en:"Department"},{value:"Organization",ja:"事業者等",en:"Organization"},{value:"Challenge",ja:"課題",en:"Challenge"},{value:"CaseStudy",ja:"連携事例",en:"Case study"},{value:"Agreement",ja:"協定",en:"Agreement"},{value:"Project",ja:"事業",en:"Project"},{value:"Announcement",ja:"お知らせ",en:"Announcement"},{value:"CollaborationMethod",ja:"連携手法",en:"Collaboration method"},{value:"Webhook",ja:"Webhook",en:"Webhook"}];function lo(t,n){let r=t.find(o=>o.value.toLowerCase()===n.toLowerCase());return r?me()==="en"?r.en:r.ja:void 0}function uo(t){return`${t}T00:00:00+09:00`}function Ls(t){let[n,r,o]=t.split("-").map(Number);return new Date(Date.UTC(n,r-1,o+1)).toISOString().slice(0,10)}var po=t=>!!t&&/^\d{4}-\d{2}-\d{2}$/.test(t);function Fs(t){let n={},r=t.get("from"),o=t.get("to");return po(r)&&(n.from=uo(r)),po(o)&&(n.to=uo(Ls(o))),t.get("actor")&&(n.actorId=t.get("actor")),t.get("action")&&(n.action=t.get("action")),t.get("type")&&(n.targetType=t.get("type")),t.get("target")&&(n.targetId=t.get("target")),Object.keys(n).length>0?n:null}function js(t){let n=encodeURIComponent(t.targetId);switch(t.targetType.toLowerCase()){case"inquiry":return q(`/desk/inquiries/${n}`,{status:"ALL"});case"proposal":return q(`/proposals/${n}`);case"department":return q("/desk/departments",{id:t.targetId});case"webhook":return q(`/desk/webhooks/${n}`);default:return null}}function Us(t){if(!t||t==="{}"||t==="null")return"—";try{let n=JSON.parse(t);if(n&&typeof n=="object"&&"fields"in n&&Array.isArray(n.fields))return n.fields.map(String).join("、")||"—"}catch{}return t}function go({query:t}){let n=Fs(t),r=JSON.stringify(n),[o,i]=Qe(r),d=N(Rs,{first:so,after:o,filter:n}),l=(a,f)=>{let m=Object.fromEntries(t.entries());m[a]=f,oe("/desk/audit",m)};return e("section",{children:[e("h1",{children:p("auditTitle")}),e("p",{children:p("auditIntro")}),e(Bs,{query:t},t.toString()),t.get("target")&&e("p",{children:[p("onlyTarget",{id:t.get("target")})," ",e(I,{variant:"link",onClick:()=>l("target",void 0),children:p("showAllTargets")})]}),e($,{error:d.error,onRetry:()=>{d.reload()},retryLabel:D("retry")}),e(J,{caption:p("auditCaption"),testid:"audit",page:d.data?.auditLog,after:o,onAfter:i,resetKey:r,pageSize:so,rowKey:a=>`${a.at}|${a.action}|${a.targetType}|${a.targetId}|${a.actor?.id??""}`,columns:[{header:p("at"),cell:a=>M(a.at),class:"desk-nowrap"},{header:p("actor"),cell:a=>a.actor?.displayName??p("system")},{header:p("action"),cell:a=>e(T,{children:[lo(co,a.action)??""," ",e("code",{children:a.action})]})},{header:p("target"),cell:a=>{let f=js(a),m=`${lo(mo,a.targetType)??a.targetType} ${a.targetId}`;return e(T,{children:[f?e("a",{href:f,children:m}):m,t.get("target")!==a.targetId&&e(T,{children:[" ",e("a",{href:q("/desk/audit",{...Object.fromEntries(t.entries()),target:a.targetId,type:void 0}),class:"desk-small",children:p("thisTargetOnly")})]})]})},class:"desk-break"},{header:p("changes"),cell:a=>Us(a.changes),class:"desk-break"}]})]})}function Bs({query:t}){let n=N(Os,{}),[r,o]=h(t.get("from")??""),[i,d]=h(t.get("to")??""),[l,a]=h(t.get("actor")??""),[f,m]=h(t.get("action")??""),[u,b]=h(t.get("type")??""),y=t.get("target")??void 0,c=["from","to","actor","action","type","target"].some(A=>t.get(A)),P=me()==="en";return e("form",{class:"desk-panel desk-audit-filters",role:"search","aria-label":p("filters"),onSubmit:A=>{A.preventDefault(),oe("/desk/audit",{from:r,to:i,actor:l,action:f,type:u,target:y})},children:[e(Y,{legend:p("period"),class:"desk-period",children:[e(S,{label:p("fromDate"),type:"date",value:r,onInput:o,testid:"audit-from"}),e(S,{label:p("toDate"),type:"date",value:i,onInput:d,testid:"audit-to"})]}),e("div",{class:"desk-filters",children:[e(R,{label:p("actor"),value:l,onChange:a,testid:"audit-actor",options:[{value:"",label:p("all")},...(n.data?.users.edges??[]).map(A=>({value:A.node.id,label:`${A.node.displayName}（${nt(A.node.role)}）`}))]}),e(R,{label:p("action"),value:f,onChange:m,testid:"audit-action",options:[{value:"",label:p("all")},...co.map(A=>({value:A.value,label:P?A.en:A.ja}))]}),e(R,{label:p("targetType"),value:u,onChange:b,testid:"audit-type",options:[{value:"",label:p("all")},...mo.map(A=>({value:A.value,label:P?A.en:A.ja}))]})]}),e("div",{class:"desk-filter-buttons",children:[e(I,{type:"submit",variant:"primary","data-testid":"audit-apply",children:p("apply")}),c&&e(I,{variant:"link",onClick:()=>oe("/desk/audit"),children:p("clearFilters")})]})]})}var Vs=C(`
  query DeskDepartments {
    municipality {
      id
      departments {
        id
        name
        kind
        version
        parent {
          id
        }
      }
    }
  }
`),Hs=C(`
  mutation DeskDepartmentCreate($input: DepartmentInput!) {
    createDepartment(input: $input) {
      id
      name
    }
  }
`),fo=C(`
  mutation DeskDepartmentUpdate($id: ID!, $input: DepartmentInput!, $version: Int!) {
    updateDepartment(id: $id, input: $input, version: $version) {
      id
      name
      version
    }
  }
`),Ks=C(`
  mutation DeskDepartmentDelete($id: ID!) {
    deleteDepartment(id: $id)
  }
`),Ws=["BUREAU","DIVISION","SECTION"],yo=()=>Ws.map(t=>({value:t,label:p(`kind${t}`)}));function rt(t,n){return t?.field===`input.${n}`?t.clerkMessage():void 0}function ho({query:t}){let n=N(Vs,{}),r=Pe(),[o,i]=h(""),d=t.get("id")??"",l=n.data?.municipality.departments??[],a=we(l),f=l.find(b=>b.id===d),m=r("department","write"),u=async(b,y)=>{i(b),await n.reload(),y!==void 0&&oe("/desk/departments",{id:y??void 0})};return e("section",{children:[e("h1",{children:p("departmentsTitle")}),e(V,{children:o}),e($,{error:n.error,onRetry:()=>{n.reload()},retryLabel:D("retry")}),!n.data&&!n.error&&e(j,{label:D("loading")}),n.data&&e("div",{class:"desk-columns",children:[e("div",{class:"desk-tree","data-testid":"department-tree",children:[e("h2",{id:"dept-tree-title",children:p("departmentTree")}),a.length===0?e("p",{children:p("noDepartments")}):e(bo,{rows:a,selected:d})]}),m&&e("div",{class:"desk-side",children:[f?e(Qs,{dept:f,all:l,onDone:u},`${f.id}@${f.version}`):e("p",{class:"help",children:p("selectToEdit")}),e(zs,{all:l,defaultParent:f?.id??"",onDone:u},`add-${f?.id??""}`)]})]})]})}function bo({rows:t,selected:n}){return e("ul",{children:t.map(r=>e("li",{children:[e("a",{href:q("/desk/departments",{id:r.dept.id}),"aria-current":r.dept.id===n?"true":void 0,"data-testid":`dept-${r.dept.id}`,children:r.dept.name})," ",e("span",{class:"desk-kind",children:["（",p(`kind${r.dept.kind}`),"）"]}),r.children.length>0&&e(bo,{rows:r.children,selected:n})]},r.dept.id))})}function Qs({dept:t,all:n,onDone:r}){let[o,i]=h(t.name),[d,l]=h(t.kind),[a,f]=h(t.parent?.id??""),[m,u]=h(!1),b=L(async()=>{let v=await x(fo,{id:t.id,input:{name:o,kind:d},version:t.version});await r(p("savedDeptNotice",{name:v.updateDepartment.name}))}),y=L(async()=>{await x(fo,{id:t.id,input:{parentId:a},version:t.version}),await r(p("movedDeptNotice",{name:t.name}))}),c=L(async()=>{await x(Ks,{id:t.id}),u(!1),await r(p("deletedDeptNotice",{name:t.name}),null)}),P=ro(n,t.id),A=Se(we(n)).filter(v=>!P.has(v.dept.id));return e("div",{class:"desk-panel","data-testid":"department-edit",children:[e("h2",{children:p("editDepartment",{name:t.name})}),e("form",{"aria-label":p("rename"),onSubmit:v=>{v.preventDefault(),b.run()},children:[e(S,{label:p("deptName"),required:!0,value:o,onInput:i,error:rt(b.error,"name"),testid:"dept-edit-name"}),e(R,{label:p("kind"),value:d,onChange:v=>l(v),options:yo(),testid:"dept-edit-kind"}),e($,{error:b.error}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:b.busy,"data-testid":"dept-rename",children:p("rename")})})]}),e("form",{"aria-label":p("move"),onSubmit:v=>{v.preventDefault(),y.run()},children:[e(R,{label:p("moveTo"),help:p("moveHelp"),value:a,onChange:f,error:rt(y.error,"parentId"),testid:"dept-move-parent",options:[...t.parent?[]:[{value:"",label:p("parentTop")}],...A.map(v=>({value:v.dept.id,label:Oe(v.dept.name,v.depth)}))]}),e($,{error:y.error}),e("div",{class:"actions",children:e(I,{type:"submit",busy:y.busy,disabled:!a||a===(t.parent?.id??""),"data-testid":"dept-move",children:p("move")})})]}),e("div",{class:"actions",children:e(I,{variant:"danger",onClick:()=>u(!0),"data-testid":"dept-delete",children:p("deleteDept")})}),e(ne,{open:m,title:p("deleteDeptConfirm",{name:t.name}),confirmLabel:p("deleteDept"),danger:!0,busy:c.busy,onConfirm:()=>{c.run()},onCancel:()=>{c.clear(),u(!1)},children:[e("p",{children:p("deleteDeptBody")}),c.error?.code==="CONFLICT"&&e("p",{class:"field-error",role:"alert","data-testid":"dept-in-use",children:[p("deptInUse"),e("br",{}),D("serverSays",{msg:c.error.serverMessage})]}),c.error&&c.error.code!=="CONFLICT"&&e($,{error:c.error})]})]})}function zs({all:t,defaultParent:n,onDone:r}){let[o,i]=h(""),[d,l]=h("SECTION"),[a,f]=h(n),[m,u]=h(""),b=L(async()=>{let c=m.trim()===""?null:Number(m),P=await x(Hs,{input:{name:o,kind:d,parentId:a||null,position:c}});i(""),u(""),await r(p("addedDeptNotice",{name:P.createDepartment.name}),P.createDepartment.id)}),y=Se(we(t));return e("form",{class:"desk-panel","aria-labelledby":"dept-add-title","data-testid":"department-add",onSubmit:c=>{c.preventDefault(),b.run()},children:[e("h2",{id:"dept-add-title",children:p("newDepartment")}),e(S,{label:p("deptName"),required:!0,value:o,onInput:i,error:rt(b.error,"name"),testid:"dept-add-name"}),e(R,{label:p("kind"),value:d,onChange:c=>l(c),options:yo(),testid:"dept-add-kind"}),e(R,{label:p("parent"),value:a,onChange:f,error:rt(b.error,"parentId"),testid:"dept-add-parent",options:[{value:"",label:p("parentTop")},...y.map(c=>({value:c.dept.id,label:Oe(c.dept.name,c.depth)}))]}),e(S,{label:p("position"),type:"number",value:m,onInput:u,help:p("positionHelp"),error:rt(b.error,"position"),testid:"dept-add-position"}),e($,{error:b.error}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:b.busy,"data-testid":"dept-add",children:p("add")})})]})}var Gs=C(`
  query DeskInquiries($first: Int, $after: String, $status: InquiryStatus) {
    inquiries(first: $first, after: $after, status: $status) {
      edges {
        cursor
        node {
          id
          affiliation
          name
          subject
          status
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`),Do=20;function Gt({status:t}){return t==="OPEN"?e(F,{tone:"warning",icon:"●",children:p("inquiryOpen")}):e(F,{tone:"success",icon:"✓",children:p("inquiryClosed")})}function Ys(t){let n=t.get("status");return n==="ALL"?null:n==="CLOSED"?"CLOSED":"OPEN"}function Co({query:t}){let n=Ys(t),r=String(n),[o,i]=Qe(r),d=N(Gs,{first:Do,after:o,status:n});return e("section",{children:[e("h1",{children:p("inquiriesTitle")}),e("form",{class:"desk-filters",role:"search","aria-label":p("filters"),onSubmit:l=>l.preventDefault(),children:e(R,{label:p("inquiryStatus"),value:n??"ALL",testid:"inquiry-status",onChange:l=>oe("/desk/inquiries",{status:l==="OPEN"?void 0:l}),options:[{value:"OPEN",label:p("inquiryOpen")},{value:"CLOSED",label:p("inquiryClosed")},{value:"ALL",label:p("all")}]})}),e($,{error:d.error,onRetry:()=>{d.reload()},retryLabel:D("retry")}),e(J,{caption:p("inquiriesCaption"),testid:"inquiries",page:d.data?.inquiries,after:o,onAfter:i,resetKey:r,pageSize:Do,rowKey:l=>l.id,columns:[{header:p("receivedAt"),cell:l=>M(l.createdAt),class:"desk-nowrap"},{header:p("subject"),cell:l=>e("a",{href:q(`/desk/inquiries/${encodeURIComponent(l.id)}`,{status:t.get("status")??void 0}),children:l.subject})},{header:p("sender"),cell:l=>`${l.name}${l.affiliation?`（${l.affiliation}）`:""}`},{header:p("inquiryStatus"),cell:l=>e(Gt,{status:l.status})}]})]})}var Js=C(`
  query DeskInquiry($id: ID!) {
    node(id: $id) {
      ... on Inquiry {
        id
        affiliation
        name
        email
        phone
        subject
        body
        status
        createdAt
        answeredAt
        forwardedTo {
          id
          name
        }
        replies {
          id
          subject
          body
          sentBy
          sentAt
        }
      }
    }
  }
`),Xs=C(`
  mutation DeskInquiryReply($id: ID!, $input: InquiryReplyInput!) {
    replyToInquiry(id: $id, input: $input) {
      id
      answeredAt
    }
  }
`),Zs=C(`
  mutation DeskInquiryForward($id: ID!, $departmentIds: [ID!]!, $note: String) {
    forwardInquiry(id: $id, departmentIds: $departmentIds, note: $note) {
      id
      forwardedTo {
        id
      }
    }
  }
`),ed=C(`
  query DeskInquiryDepartments {
    municipality {
      id
      departments {
        id
        name
        parent {
          id
        }
      }
    }
  }
`),td=C(`
  mutation DeskInquiryClose($id: ID!) {
    closeInquiry(id: $id) {
      id
      status
    }
  }
`);function Ao({params:t,query:n}){let r=N(Js,{id:t.id}),o=Pe(),[i,d]=h(!1),[l,a]=h(""),f=L(async()=>{await x(td,{id:t.id}),d(!1),a(p("inquiryClosedNotice")),await r.reload()}),m=e("p",{children:e("a",{href:q("/desk/inquiries",{status:n.get("status")??void 0}),children:["← ",p("backToInquiries")]})});if(r.error)return e("section",{children:[e("h1",{children:p("inquiryTitle")}),e($,{error:r.error,onRetry:()=>{r.reload()},retryLabel:D("retry")}),m]});let u=r.data?.node;return r.data?!u||!("subject"in u)?e("section",{children:[e("h1",{children:p("inquiryTitle")}),e($,{error:new Q("NOT_FOUND","")}),m]}):e("section",{children:[m,e("h1",{children:[p("inquiryTitle"),": ",u.subject]}),e(V,{children:l}),e("dl",{class:"desk-dl","data-testid":"inquiry-detail",children:[e("dt",{children:p("inquiryStatus")}),e("dd",{children:e(Gt,{status:u.status})}),e("dt",{children:p("receivedAt")}),e("dd",{children:M(u.createdAt)}),e("dt",{children:p("name")}),e("dd",{children:u.name}),e("dt",{children:p("affiliation")}),e("dd",{children:u.affiliation||p("noAffiliation")}),e("dt",{children:p("email")}),e("dd",{children:u.email}),e("dt",{children:p("phone")}),e("dd",{children:u.phone||"—"}),e("dt",{children:p("subject")}),e("dd",{children:u.subject}),e("dt",{children:p("answeredAt")}),e("dd",{children:u.answeredAt?M(u.answeredAt):p("notAnswered")}),e("dt",{children:p("forwardedTo")}),e("dd",{"data-testid":"inquiry-forwarded-to",children:u.forwardedTo.length?u.forwardedTo.map(b=>b.name).join("、"):p("notForwarded")})]}),e("h2",{children:p("body")}),e("div",{class:"desk-body","data-testid":"inquiry-body",children:u.body}),e("h2",{children:p("repliesTitle")}),u.replies.length===0?e("p",{"data-testid":"inquiry-no-replies",children:p("noReplies")}):e("ol",{class:"desk-replies","data-testid":"inquiry-replies",children:u.replies.map(b=>e("li",{children:[e("p",{children:[e("strong",{children:b.subject}),e("br",{}),p("replySentBy",{name:b.sentBy,at:M(b.sentAt)})]}),e("div",{class:"desk-body",children:b.body})]},b.id))}),o("inquiry","reply")&&e(nd,{id:u.id,subject:u.subject,email:u.email,onDone:async()=>{a(p("replySentNotice",{email:u.email})),await r.reload()}}),o("inquiry","forward")&&e(rd,{id:u.id,already:u.forwardedTo.map(b=>b.id),onDone:async b=>{a(p("forwardedNotice",{names:b})),await r.reload()}}),u.status==="OPEN"&&o("inquiry","close")&&e("div",{class:"actions",children:e(I,{variant:"primary",onClick:()=>d(!0),"data-testid":"inquiry-close",children:p("closeInquiry")})}),e(ne,{open:i,title:p("closeInquiryConfirm"),confirmLabel:p("closeInquiry"),busy:f.busy,onConfirm:()=>{f.run()},onCancel:()=>{f.clear(),d(!1)},children:[e("p",{children:p("closeInquiryBody",{subject:u.subject})}),e($,{error:f.error})]})]}):e(j,{label:D("loading")})}function nd({id:t,subject:n,email:r,onDone:o}){let[i,d]=h(""),[l,a]=h(""),f=L(async()=>{await x(Xs,{id:t,input:{subject:i.trim()||null,body:l}}),d(""),a(""),await o()}),m=u=>f.error?.field===`input.${u}`?f.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"inquiry-reply-title",onSubmit:u=>{u.preventDefault(),f.run()},children:[e("h2",{id:"inquiry-reply-title",children:p("replyTitle")}),e("p",{class:"help",children:p("replyHelp",{email:r})}),e($,{error:f.error&&!f.error.field?f.error:void 0}),e(S,{label:p("replySubject"),help:p("replySubjectHelp",{subject:`Re: ${n}`}),value:i,onInput:d,error:m("subject"),testid:"inquiry-reply-subject",maxLength:200}),e(z,{label:p("replyBody"),required:!0,rows:8,value:l,onInput:a,error:m("body"),testid:"inquiry-reply-body"}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:f.busy,"data-testid":"inquiry-reply-send",children:p("replySend")})})]})}function rd({id:t,already:n,onDone:r}){let o=N(ed,{}),[i,d]=h([]),[l,a]=h(""),f=Se(we(o.data?.municipality.departments??[])),m=L(async()=>{await x(Zs,{id:t,departmentIds:i,note:l.trim()||null});let b=f.filter(y=>i.includes(y.dept.id)).map(y=>y.dept.name).join("、");d([]),a(""),await r(b)}),u=m.error?.field?.startsWith("departmentIds")?m.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"inquiry-forward-title",onSubmit:b=>{b.preventDefault(),m.run()},children:[e("h2",{id:"inquiry-forward-title",children:p("forwardTitle")}),e("p",{class:"help",children:p("forwardHelp")}),e($,{error:o.error}),e($,{error:m.error&&!m.error.field?m.error:void 0}),e(Y,{legend:p("forwardDepartments"),children:[f.filter(b=>!n.includes(b.dept.id)).map(b=>e(Le,{label:Oe(b.dept.name,b.depth),checked:i.includes(b.dept.id),testid:`inquiry-forward-${b.dept.id}`,onChange:y=>d(c=>y?[...c,b.dept.id]:c.filter(P=>P!==b.dept.id))},b.dept.id)),u&&e("p",{class:"field-error",children:u})]}),e(z,{label:p("forwardNote"),help:p("forwardNoteHelp"),rows:3,value:l,onInput:a,error:m.error?.field==="note"?m.error.clerkMessage():void 0,testid:"inquiry-forward-note"}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:m.busy,disabled:i.length===0,"data-testid":"inquiry-forward-send",children:p("forwardSend")})})]})}var id=C(`
  query DeskWebhooks {
    webhooks {
      id
      url
      events
      active
      createdAt
    }
  }
`),od=C(`
  mutation DeskWebhookRegister($input: WebhookInput!) {
    registerWebhook(input: $input) {
      id
      url
    }
  }
`),ad=C(`
  mutation DeskWebhookDelete($id: ID!) {
    deleteWebhook(id: $id)
  }
`),vo=["CONTENT_PUBLISHED","CONTENT_UNPUBLISHED","CONTENT_ARCHIVED","CONTENT_CHANGED"];function it(t){return p(`event${t}`)}function Yt({active:t}){return t?e(F,{tone:"success",icon:"✓",children:p("active")}):e(F,{tone:"neutral",icon:"■",children:p("inactive")})}function sd(){let t=new Uint8Array(32);return crypto.getRandomValues(t),Array.from(t,n=>n.toString(16).padStart(2,"0")).join("")}function ko(){let t=N(id,{}),n=Pe(),[r,o]=h(""),[i,d]=h(null),[l,a]=h(null),f=L(async u=>{await x(ad,{id:u.id}),a(null),d(null),o(p("deletedWebhookNotice",{url:u.url})),await t.reload()}),m=n("webhook","manage");return e("section",{children:[e("h1",{children:p("webhooksTitle")}),e("p",{children:p("webhooksIntro")}),e(V,{children:r}),i&&e("div",{class:"desk-panel desk-secret",role:"status","data-testid":"webhook-secret",children:[e("p",{children:p("secretOnce")}),e("p",{children:[e("span",{class:"desk-label",children:[p("secret"),": "]}),e("code",{children:i.secret})]}),e(I,{onClick:()=>d(null),children:D("close")})]}),e($,{error:t.error,onRetry:()=>{t.reload()},retryLabel:D("retry")}),!t.data&&!t.error&&e(j,{label:D("loading")}),t.data&&e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"webhooks",children:[e("caption",{children:p("webhooksCaption")}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:p("url")}),e("th",{scope:"col",children:p("events")}),e("th",{scope:"col",children:p("status")}),e("th",{scope:"col",children:p("createdAt")}),e("th",{scope:"col",children:p("actions")})]})}),e("tbody",{children:[t.data.webhooks.length===0&&e("tr",{children:e("td",{colSpan:5,children:D("empty")})}),t.data.webhooks.map(u=>e("tr",{children:[e("td",{class:"desk-break",children:u.url}),e("td",{children:u.events.map(it).join("、")}),e("td",{children:e(Yt,{active:u.active})}),e("td",{class:"desk-nowrap",children:M(u.createdAt)}),e("td",{children:e("div",{class:"desk-row-actions",children:[e("a",{class:"btn btn-small",href:q(`/desk/webhooks/${encodeURIComponent(u.id)}`),"aria-label":`${p("deliveryLog")}: ${u.url}`,children:p("deliveryLog")}),m&&e(I,{variant:"danger","aria-label":`${p("deleteWebhook")}: ${u.url}`,"data-testid":`webhook-delete-${u.id}`,onClick:()=>a({id:u.id,url:u.url}),children:p("deleteWebhook")})]})})]},u.id))]})]})}),m&&e(dd,{onDone:(u,b)=>{d({url:u,secret:b}),o(p("registeredNotice",{url:u})),t.reload()}}),e(ne,{open:l!==null,title:l?p("deleteWebhookConfirm",{url:l.url}):"",confirmLabel:p("deleteWebhook"),danger:!0,busy:f.busy,onConfirm:()=>l&&void f.run(l),onCancel:()=>{f.clear(),a(null)},children:[e("p",{children:p("deleteWebhookBody")}),e($,{error:f.error})]})]})}function dd({onDone:t}){let[n,r]=h(""),[o,i]=h(["CONTENT_PUBLISHED"]),[d,l]=h(!1),a=L(async()=>{let m=sd(),u=await x(od,{input:{url:n.trim(),events:o,secret:m}});r(""),t(u.registerWebhook.url,m)}),f=m=>a.error?.field===`input.${m}`?a.error.clerkMessage():void 0;return e("form",{class:"desk-panel","aria-labelledby":"webhook-form-title","data-testid":"webhook-form",onSubmit:m=>{if(m.preventDefault(),o.length===0){l(!0);return}l(!1),a.run()},children:[e("h2",{id:"webhook-form-title",children:p("newWebhook")}),e(S,{label:p("url"),type:"url",required:!0,value:n,onInput:r,help:p("urlHelp"),error:f("url"),testid:"webhook-url",autocomplete:"off"}),e(Y,{legend:p("events"),children:[vo.map(m=>e(Le,{label:it(m),checked:o.includes(m),testid:`webhook-event-${m}`,onChange:u=>i(u?vo.filter(b=>b===m||o.includes(b)):o.filter(b=>b!==m))},m)),(d||f("events"))&&e("p",{class:"field-error",role:"alert",children:f("events")??p("chooseEvent")})]}),e($,{error:a.error}),e("div",{class:"actions",children:e(I,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"webhook-register",children:p("register")})})]})}var ld=C(`
  query DeskWebhookDeliveries($first: Int) {
    webhooks {
      id
      url
      events
      active
      createdAt
      deliveries(first: $first) {
        id
        event
        status
        attempts
        lastStatusCode
        lastError
        nextAttemptAt
        deliveredAt
        createdAt
      }
    }
  }
`),Io=20,$o=100;function ud({status:t}){let n={PENDING:["warning","…",p("deliveryPENDING")],DELIVERED:["success","✓",p("deliveryDELIVERED")],FAILED:["danger","×",p("deliveryFAILED")]},[r,o,i]=n[t]??["neutral","?",t];return e(F,{tone:r,icon:o,children:i})}function Po({params:t}){let[n,r]=h(Io),o=N(ld,{first:n}),i=e("p",{children:e("a",{href:q("/desk/webhooks"),children:["← ",p("backToWebhooks")]})});if(o.error)return e("section",{children:[i,e("h1",{children:p("webhookTitle")}),e($,{error:o.error,onRetry:()=>{o.reload()},retryLabel:D("retry")})]});if(!o.data)return e(j,{label:D("loading")});let d=o.data.webhooks.find(a=>a.id===t.id);if(!d)return e("section",{children:[i,e("h1",{children:p("webhookTitle")}),e("p",{role:"alert",children:p("webhookMissing")})]});let l=d.deliveries;return e("section",{children:[i,e("h1",{children:[p("webhookTitle"),": ",e("span",{class:"desk-break",children:d.url})]}),e("dl",{class:"desk-dl",children:[e("dt",{children:p("events")}),e("dd",{children:d.events.map(it).join("、")}),e("dt",{children:p("status")}),e("dd",{children:e(Yt,{active:d.active})}),e("dt",{children:p("createdAt")}),e("dd",{children:M(d.createdAt)})]}),e("h2",{children:p("deliveries")}),e("div",{class:"table-wrap",children:e("table",{class:"table","data-testid":"deliveries",children:[e("caption",{children:p("deliveriesCaption",{n})}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:p("queuedAt")}),e("th",{scope:"col",children:p("event")}),e("th",{scope:"col",children:p("status")}),e("th",{scope:"col",children:p("attempts")}),e("th",{scope:"col",children:p("lastStatusCode")}),e("th",{scope:"col",children:p("lastError")}),e("th",{scope:"col",children:p("nextAttemptAt")}),e("th",{scope:"col",children:p("deliveredAt")})]})}),e("tbody",{children:[l.length===0&&e("tr",{children:e("td",{colSpan:8,children:D("empty")})}),l.map(a=>e("tr",{children:[e("td",{class:"desk-nowrap",children:M(a.createdAt)}),e("td",{children:it(a.event)}),e("td",{children:e(ud,{status:a.status})}),e("td",{children:a.attempts}),e("td",{children:a.lastStatusCode===0?p("noResponse"):a.lastStatusCode}),e("td",{class:"desk-break",children:a.lastError||"—"}),e("td",{class:"desk-nowrap",children:a.status==="PENDING"?M(a.nextAttemptAt):"—"}),e("td",{class:"desk-nowrap",children:a.deliveredAt?M(a.deliveredAt):"—"})]},a.id))]})]})}),l.length>=n&&n<$o&&e("div",{class:"actions",children:e(I,{onClick:()=>r(Math.min(n+Io,$o)),busy:o.loading,"data-testid":"deliveries-more",children:p("showMore")})})]})}var wo=[{path:"/desk/inquiries/:id",component:Ao,permission:{resource:"inquiry",action:"read"}},{path:"/desk/inquiries",component:Co,nav:{label:()=>p("navInquiries"),order:300},permission:{resource:"inquiry",action:"read"}},{path:"/desk/accounts",component:ao,nav:{label:()=>p("navAccounts"),order:310},permission:{resource:"account",action:"createStaff"}},{path:"/desk/departments",component:ho,nav:{label:()=>p("navDepartments"),order:320},permission:{resource:"department",action:"write"}},{path:"/desk/webhooks/:id",component:Po,permission:{resource:"webhook",action:"manage"}},{path:"/desk/webhooks",component:ko,nav:{label:()=>p("navWebhooks"),order:330},permission:{resource:"webhook",action:"manage"}},{path:"/desk/audit",component:go,nav:{label:()=>p("navAudit"),order:340},permission:{resource:"audit",action:"read"}}];var et=[{path:"/",component:hi,nav:{label:()=>D("home"),order:0}},...xi,...no,...wo];function So(t){let n=t.viewer.me;return e(T,{children:[e("a",{class:"skip",href:"#main",onClick:r=>{r.preventDefault(),document.getElementById("main")?.focus()},children:D("skipToMain")}),e("header",{class:"header",children:[e("div",{class:"brand",children:[e("span",{class:"brand-muni",children:t.viewer.municipality.name})," ",D("appName")]}),e("div",{class:"header-tools",children:[e("span",{class:"who","data-testid":"who",children:D("signedInAs",{name:n.displayName,dept:n.department?.name??n.role})}),e(Jt,{}),e(I,{onClick:t.onSignOut,busy:t.signingOut,"data-testid":"sign-out",children:D("signOut")})]})]}),e("div",{class:"frame",children:[e("nav",{class:"nav","aria-label":D("mainNav"),children:e("ul",{children:t.nav.map(r=>{let o=t.current===r.path||r.path!=="/"&&t.current.startsWith(`${r.path}/`);return e("li",{children:e("a",{href:q(r.path),"aria-current":o?"page":void 0,children:r.label})},r.path)})})}),e("main",{id:"main",class:"main",tabIndex:-1,children:t.children})]})]})}function Jt(){let t=me()==="ja"?"en":"ja";return e("button",{type:"button",class:"btn btn-link",lang:t,"aria-label":`${D("language")}: ${D("switchLang")}`,onClick:()=>xn(t),"data-testid":"lang-toggle",children:D("switchLang")})}var pd=C(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
    }
  }
`);function xo({notice:t}){let[n,r]=h(""),[o,i]=h(""),[d,l]=h(""),a=L(async()=>{let f=await x(pd,{email:n,password:o},{municipality:d.trim()||void 0});qe(f.login.token)});return e("div",{class:"login",children:[e("div",{class:"login-lang",children:e(Jt,{})}),e("main",{id:"main",class:"login-box",children:[e("h1",{children:D("appName")}),e("h2",{children:D("signInTitle")}),t&&e("p",{class:"banner banner-notice",role:"status",children:t}),a.error?.code==="UNAUTHENTICATED"?e("p",{class:"banner banner-error",role:"alert","data-testid":"login-error",children:D("loginFailed")}):e($,{error:a.error}),e("form",{onSubmit:f=>{f.preventDefault(),a.run()},children:[e(S,{label:D("email"),type:"email",autocomplete:"username",required:!0,value:n,onInput:r,testid:"login-email"}),e(S,{label:D("password"),type:"password",autocomplete:"current-password",required:!0,value:o,onInput:i,testid:"login-password"}),e(S,{label:D("municipality"),help:D("municipalityHelp"),value:d,onInput:l,autocomplete:"off",testid:"login-municipality"}),e(I,{type:"submit",variant:"primary",busy:a.busy,"data-testid":"login-submit",children:a.busy?D("signingIn"):D("signIn")})]})]})]})}var cd=C(`
  mutation Logout {
    logout
  }
`);async function md(){try{await x(cd,{})}finally{qe(null)}}function gd(){let[,t]=h(0),[n,r]=h(Ee()!==null),[o,i]=h(!1);return Z(()=>Tn(()=>t(d=>d+1)),[]),Z(()=>Nn(d=>{i(!d&&n),r(d)}),[n]),n?e(fd,{}):e(xo,{notice:o?D("errUnauthenticated"):void 0})}function fd(){let t=N(yi,{}),[n,r]=h(!1),o=gi(),i=()=>{r(!0),md().catch(()=>{})};if(t.error)return e("main",{id:"main",class:"login-box",children:[e($,{error:t.error,onRetry:()=>{t.reload()},retryLabel:D("retry")}),e(I,{onClick:i,children:D("signOut")})]});if(!t.data)return e(j,{label:D("loading")});let d=t.data.me;if(!d||d.role==="PROPOSER")return e("main",{id:"main",class:"login-box",children:[e("p",{class:"banner banner-error",role:"alert",children:D("proposerOnly")}),e(I,{onClick:i,children:D("signOut")})]});let l={me:d,municipality:t.data.municipality,permissions:t.data.permissions},a=et.filter(u=>u.nav&&re(l,u.permission)).sort((u,b)=>u.nav.order-b.nav.order).map(u=>({path:u.path,label:u.nav.label()})),f=fi(et,o.path),m;if(!f||!re(l,f.route.permission))m=e("section",{children:[e("h1",{children:D("notFound")}),e("p",{children:e("a",{href:"#/",children:D("backHome")})})]});else{let u=f.route.component;m=e(u,{params:f.params,query:o.query},o.path)}return e(Ut.Provider,{value:l,children:e(So,{viewer:l,nav:a,current:o.path,onSignOut:i,signingOut:n,children:m})})}document.documentElement.lang=me();pn(e(gd,{}),document.getElementById("app"));
